"""Word lists the résumé extractor matches against, in English and Chinese.

Patterns are regular-expression fragments matched case-insensitively on NFKC-normalised text (so
full-width letters and punctuation look like ASCII). Terms that are also everyday English words
("Excel", "React", "Swift") are case-sensitive through ``(?-i:...)`` to avoid reading "I excel at"
as a spreadsheet skill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Latin letters, digits and "_" may not touch a term, so "Java" is not found in "JavaScript" and
# "SQL" is not found in "MySQL". Chinese text has no spaces, and Han characters are not in this
# class, so "熟练使用Python和SQL" still yields both.
_BEFORE = r"(?<![A-Za-z0-9_])"
_AFTER = r"(?![A-Za-z0-9_])"


def bounded(*alternatives: str) -> str:
    """``alternatives`` as one group that must not touch other Latin letters or digits."""
    return _BEFORE + "(?:" + "|".join(alternatives) + ")" + _AFTER


@dataclass(frozen=True)
class SkillTerm:
    """A skill under its canonical name, with the ways résumés write it."""

    name: str
    pattern: re.Pattern[str]


def _skill(name: str, *alternatives: str) -> SkillTerm:
    return SkillTerm(name, re.compile(bounded(*alternatives), re.IGNORECASE))


SKILLS: tuple[SkillTerm, ...] = (
    # Programming languages and platforms.
    _skill("Python", r"python"),
    _skill("Java", r"java"),
    _skill("JavaScript", r"javascript", r"(?-i:JS)"),
    _skill("TypeScript", r"typescript"),
    _skill("Go", r"golang", r"go\s*语言", r"(?-i:Go)(?![-'’])"),
    _skill("C++", r"c\+\+", r"cpp"),
    _skill("C#", r"c\#"),
    _skill("Rust", r"(?-i:Rust)"),
    _skill("Kotlin", r"kotlin"),
    _skill("Swift", r"(?-i:Swift)"),
    _skill("Scala", r"scala"),
    _skill("PHP", r"php"),
    # "R" only where it is plainly the language: "R语言", or an item of a list ("Python, R, SQL").
    _skill("R", r"(?-i:R)\s*语言", r"(?-i:R)(?=\s*[,、/;])", r"(?<=[,、/])\s*(?-i:R)"),
    _skill("SQL", r"sql"),
    _skill("MySQL", r"mysql"),
    _skill("PostgreSQL", r"postgres(?:ql)?"),
    _skill("MongoDB", r"mongodb"),
    _skill("Redis", r"redis"),
    _skill("Linux", r"linux"),
    _skill("Git", r"git"),
    _skill("Docker", r"docker"),
    _skill("Kubernetes", r"kubernetes", r"k8s"),
    _skill("AWS", r"aws"),
    _skill("React", r"(?-i:React)", r"react\.?js"),
    _skill("Vue", r"vue(?:\.?js)?"),
    _skill("Node.js", r"node\.?js"),
    _skill("Django", r"django"),
    _skill("Flask", r"(?-i:Flask)"),
    _skill("Spring", r"spring\s*(?:boot|cloud|mvc)"),
    # Data.
    _skill("Excel", r"(?-i:Excel)", r"(?-i:EXCEL)"),
    _skill("Tableau", r"tableau"),
    _skill("Power BI", r"power\s*bi"),
    _skill("pandas", r"pandas"),
    _skill("NumPy", r"numpy"),
    _skill("scikit-learn", r"scikit-learn", r"sklearn"),
    _skill("Spark", r"(?-i:Spark)", r"pyspark"),
    _skill("Hadoop", r"hadoop"),
    _skill("Hive", r"(?-i:Hive)"),
    _skill("Flink", r"flink"),
    _skill("Kafka", r"kafka"),
    _skill("Airflow", r"airflow"),
    _skill("TensorFlow", r"tensorflow"),
    _skill("PyTorch", r"pytorch"),
    _skill("machine learning", r"machine\s+learning", r"机器学习"),
    _skill("deep learning", r"deep\s+learning", r"深度学习"),
    _skill("NLP", r"nlp", r"natural\s+language\s+processing", r"自然语言处理"),
    _skill("computer vision", r"computer\s+vision", r"计算机视觉"),
    _skill("data analysis", r"data\s+analy(?:sis|tics)", r"数据分析"),
    _skill("data visualization", r"data\s+visuali[sz]ation", r"数据可视化"),
    _skill("statistics", r"statistics", r"statistical\s+analysis", r"统计学", r"统计分析"),
    _skill("A/B testing", r"a/?b\s*test(?:s|ing)?", r"a/?b\s*(?:测试|实验)"),
    # Product, design and business.
    _skill("product management", r"product\s+management", r"产品管理"),
    _skill("project management", r"project\s+management", r"项目管理", r"pmp"),
    _skill("agile", r"agile", r"scrum", r"敏捷开发"),
    _skill("user research", r"user\s+research", r"用户研究", r"用户调研"),
    _skill("UX design", r"ux(?:\s+design)?", r"ui/ux", r"交互设计", r"用户体验设计"),
    _skill("Figma", r"figma"),
    _skill("marketing", r"marketing", r"市场营销"),
    _skill("SEO", r"seo"),
    _skill("copywriting", r"copywriting", r"文案"),
    _skill("financial modeling", r"financial\s+model(?:l)?ing", r"财务建模"),
    _skill("financial analysis", r"financial\s+analysis", r"财务分析"),
    _skill("accounting", r"accounting", r"会计"),
    _skill("supply chain", r"supply\s+chain", r"供应链"),
    _skill("negotiation", r"negotiation", r"商务谈判", r"谈判"),
    _skill("public speaking", r"public\s+speaking", r"演讲"),
    _skill("recruiting", r"recruiting", r"人才招聘", r"招聘管理"),
    _skill("teaching", r"teaching", r"教学"),
)

# Words that make a segment of an experience line a job title.
ROLE_WORDS = re.compile(
    bounded(
        r"engineer",
        r"developer",
        r"programmer",
        r"analyst",
        r"manager",
        r"director",
        r"designer",
        r"consultant",
        r"(?:co-?)?founder",
        r"ceo|cto|coo|cfo|vp",
        r"vice\s+president",
        r"president",
        r"head\s+of",
        r"lead",
        r"intern",
        r"scientist",
        r"researcher",
        r"specialist",
        r"officer",
        r"architect",
        r"associate",
        r"assistant",
        r"teacher",
        r"lecturer",
        r"professor",
        r"owner",
        r"partner",
        r"accountant",
        r"coordinator",
        r"administrator",
        r"representative",
        r"executive",
        r"strategist",
        r"editor",
        r"writer",
        r"lawyer",
        r"attorney",
        r"nurse",
        r"doctor",
        r"physician",
        r"journalist",
        r"reporter",
        r"translator",
        r"recruiter",
        r"supervisor",
        r"technician",
        r"clerk",
        r"cashier",
        r"auditor",
        r"solicitor",
        r"paralegal",
        r"pharmacist",
        r"therapist",
        r"instructor",
        r"tutor",
        r"planner",
        r"producer",
        r"marketer",
        r"buyer",
        r"trainer",
        r"counsel(?:l)?or",
        r"agent",
        r"broker",
        r"chef",
        r"hrbp",
        r"attendant",
        r"purser",
        r"crew",
        r"pilot",
        r"receptionist",
        r"concierge",
        r"guard",
        r"soldier",
        r"sergeant",
        r"firefighter",
        r"paramedic",
        r"headteacher",
        r"principal",
    )
    + r"|工程师|开发|程序员|分析师|经理|总监|主管|设计师|顾问|创始人|合伙人|总裁|负责人|实习生|实习|研究员"
    r"|专员|架构师|助理|教师|老师|讲师|教授|会计|运营|销售|主任|组长|店长|编辑|策划|科学家"
    r"|律师|医生|护士|记者|翻译|客服|人事|行政|代表|柜员|干部|督导|专家|技术员|文员|收银员|导购|店员|厨师"
    r"|培训师|咨询师|出纳|审计|药师|药剂师|乘务员|空乘|民警|警察|班长|施工员|原画师|插画师|校长",
    re.IGNORECASE,
)

# Words that make a segment of an experience line an organisation.
ORGANISATION_WORDS = re.compile(
    bounded(
        r"inc\.?",
        r"ltd\.?",
        r"llc",
        r"corp\.?",
        r"corporation",
        r"company",
        r"co\.",
        r"group",
        r"gmbh",
        r"plc",
        r"technolog(?:y|ies)",
        r"labs?",
        r"bank",
        r"university",
        r"college",
        r"institute",
        r"studio",
        r"consulting",
        r"capital",
        r"holdings",
        r"solutions",
        r"systems",
        r"software",
        r"agency",
        r"foundation",
        r"hospital",
        r"school",
    )
    + r"|公司|集团|科技|银行|大学|学院|研究院|研究所|工作室|事务所|医院|学校|网络|有限|中心|证券|基金|资本|控股|传媒|咨询",
    re.IGNORECASE,
)

# A line with one of these describes studies, not a job.
DEGREE_WORDS = re.compile(
    bounded(
        r"bachelor'?s?",
        r"master'?s",
        r"master\s+of",
        r"degree",
        # Abbreviations only in capitals: "ms" and "bs" are too common in other senses.
        r"(?-i:B\.?Sc?\.?|M\.?Sc?\.?|Ph\.?D\.?|MBA|GPA)",
    )
    + r"|本科|硕士|博士|学士|研究生|专科|大专|学位|GPA",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class IndustryTerm:
    """An industry under its canonical name, with the words and well-known employers that mark it."""

    name: str
    pattern: re.Pattern[str]


def _industry(name: str, *alternatives: str, han: str = "") -> IndustryTerm:
    pattern = bounded(*alternatives) + (f"|{han}" if han else "")
    return IndustryTerm(name, re.compile(pattern, re.IGNORECASE))


# Most specific first: "education technology" is edtech before it is education, "payments" is
# fintech before it is finance, "生鲜电商" is e-commerce before it is retail.
INDUSTRIES: tuple[IndustryTerm, ...] = (
    _industry("edtech", r"ed-?tech", r"education(?:al)?\s+technology", han=r"在线教育|教育科技"),
    _industry(
        "fintech",
        r"fin-?tech",
        r"financial\s+technology",
        r"payments?\s+(?:company|platform|provider|startup)",
        r"stripe",
        r"paypal",
        han=r"金融科技|支付宝|第三方支付|蚂蚁",
    ),
    _industry("e-commerce", r"e-?commerce", r"online\s+retail", han=r"电商|电子商务|生鲜|社区团购"),
    _industry(
        "internet",
        r"internet",
        r"online\s+platforms?",
        r"social\s+media",
        r"bytedance",
        r"tencent",
        r"alibaba",
        r"baidu",
        r"meituan",
        r"google",
        han=r"互联网|本地生活|美团|字节跳动|阿里巴巴|腾讯|百度|京东|拼多多|快手|网易|小红书|滴滴",
    ),
    _industry("software", r"software", r"saas", r"cloud\s+computing", han=r"软件|云计算"),
    _industry(
        "consumer goods",
        r"fmcg",
        r"cpg",
        r"consumer\s+(?:packaged\s+)?goods",
        r"procter",
        r"P&G",
        r"unilever",
        r"nestl[eé]",
        han=r"快消|快速消费品|日化|宝洁|联合利华|雀巢",
    ),
    _industry("retail", r"retail", r"supermarkets?", han=r"零售|超市|连锁门店"),
    _industry(
        "finance",
        r"bank(?:ing)?",
        r"investment",
        r"insurance",
        r"securities",
        r"asset\s+management",
        r"private\s+equity",
        han=r"银行|证券|保险|基金|投资|金融",
    ),
    _industry(
        "education", r"education", r"schools?", r"teaching", r"universit(?:y|ies)", han=r"教育|学校|培训|中学|小学"
    ),
    _industry(
        "healthcare",
        r"health\s*care",
        r"hospitals?",
        r"pharma(?:ceuticals?)?",
        r"biotech",
        r"medical",
        han=r"医疗|医院|医药|生物",
    ),
    _industry("consulting", r"consulting", r"consultancy", han=r"咨询"),
    _industry("manufacturing", r"manufacturing", r"automotive", r"factory", han=r"制造|汽车|工厂"),
    _industry("logistics", r"logistics", r"freight", han=r"物流|快递|仓储"),
    _industry("media", r"media", r"advertising", r"publishing", r"journalism", han=r"传媒|广告|媒体|出版"),
    _industry("public sector", r"government", r"public\s+sector", r"non-?profit", han=r"政府|事业单位|公益"),
)

# Degrees, each under the canonical name of model.DEGREES. Abbreviations only in capitals.
DEGREE_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phd", re.compile(bounded(r"(?-i:Ph\.?\s?D\.?)", r"doctor\s+of", r"doctorate") + r"|博士", re.IGNORECASE)),
    ("mba", re.compile(bounded(r"(?-i:E?MBA)") + r"|工商管理硕士", re.IGNORECASE)),
    (
        "master",
        re.compile(
            bounded(r"master'?s?(?:\s+of)?", r"(?-i:M\.?S\.?|M\.?Sc\.?|M\.?A\.?|M\.?Eng\.?|M\.?Phil\.?)")
            + r"|硕士|研究生",
            re.IGNORECASE,
        ),
    ),
    (
        "bachelor",
        re.compile(
            bounded(r"bachelor'?s?(?:\s+of)?", r"(?-i:B\.?S\.?|B\.?Sc\.?|B\.?A\.?|B\.?Eng\.?)") + r"|本科|学士",
            re.IGNORECASE,
        ),
    ),
    ("associate", re.compile(bounded(r"associate(?:'s)?\s+degree") + r"|专科|大专", re.IGNORECASE)),
)

INSTITUTION_WORDS = re.compile(
    bounded(r"universit(?:y|é|ät)", r"college", r"institute", r"school", r"academy", r"polytechnic")
    + r"|大学|学院|学校|研究院|研究所|党校",
    re.IGNORECASE,
)

_ZH_MILLIONS = r"百万|千万|亿|[1-9]\d{2,}\s*万|\d+(?:\.\d+)?\s*亿"
_ZH_SCALE_NOUNS = r"用户|下载|日活|月活|订单|交易|流水|曝光|播放|访问|调用|请求|商家|学员|粉丝|会员|客户|玩家|销量"

# Marks of a notable project: a prize, a patent, a publication, or a launch at scale.
NOTABLE_WORDS = re.compile(
    bounded(
        r"awards?",
        r"award-winning",
        r"won",
        r"winner",
        r"prize",
        r"patent(?:ed|s)?",
        r"published",
        r"keynote",
        # A launch at scale: millions of users, or of what they do (orders, transactions, requests).
        r"\d+(?:\.\d+)?\s*(?:m|million|bn|billion)\+?\s+(?:[a-z-]+\s+)?(?:users|customers|downloads|players|students"
        r"|transactions|orders|requests|actions|events|merchants|members|subscribers|visits|views|installs|messages)",
    )
    + r"|获奖|荣获|[一二三特金银铜]等?奖|特别奖|冠军|专利|发表|论文"
    # "获行内年度科技创新奖", "获得最佳团队奖": an award received, whatever its name.
    + r"|(?:获|获得)[^,;。]{0,12}?奖(?!金)"
    # "用户超过千万", "下载量超过100万", "日处理交易2亿笔"; an amount of money alone ("千万级预算") is no scale.
    + rf"|(?:{_ZH_SCALE_NOUNS})[^,;。]{{0,8}}?(?:{_ZH_MILLIONS})"
    + rf"|(?:{_ZH_MILLIONS})[^,;。]{{0,4}}?(?:{_ZH_SCALE_NOUNS}|笔|次|人|家)"
    # Turnover in hundreds of millions is an outcome at scale: "年GMV超过10亿元".
    + r"|(?:GMV|营收|收入|销售额|交易额)[^,;。]{0,8}?\d+(?:\.\d+)?\s*亿",
    re.IGNORECASE,
)

# A stretch the résumé itself names as time away from work.
CAREER_BREAK_WORDS = re.compile(
    bounded(
        r"career\s+(?:break|gap)",
        r"gap\s+year",
        r"sabbatical",
        r"(?:parental|maternity|paternity|family)\s+leave",
        r"time\s+off",
        r"full-time\s+(?:parent|carer|caregiver)",
    )
    + r"|职业间隔|空窗期|间隔期|间隔年|待业|照顾(?:家人|孩子|小孩|宝宝|老人|父母|母亲|父亲)|全职(?:妈妈|爸爸|在家|太太)|家庭主[妇夫]|育儿",
    re.IGNORECASE,
)

# "Industry: Financial technology", "行业：互联网 / 本地生活".
INDUSTRY_LABEL = re.compile(r"^\s*(?:industry|sector|所属行业|行业)\s*:\s*(?P<industry>.+?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class FunctionFamily:
    """A line of work ("engineering", "teaching"), with the words of its titles, fields and credentials."""

    name: str
    pattern: re.Pattern[str]


def _family(name: str, *alternatives: str, han: str = "") -> FunctionFamily:
    pattern = bounded(*alternatives) + (f"|{han}" if han else "")
    return FunctionFamily(name, re.compile(pattern, re.IGNORECASE))


# What a job title, a target role or a certificate is about. Words that every line of work uses
# ("manager", "director", "lead", "analyst", "assistant", "经理", "主管", "专员") are in no family:
# "Engineering Manager" is engineering and "Nurse Manager" nursing, by the word that names the field.
# Where several families match, the match that ends last wins ("Marketing Data Analyst" is data),
# and of two ending together the longer ("数据运营专员" is data, not operations).
FUNCTION_FAMILIES: tuple[FunctionFamily, ...] = (
    _family(
        "software engineering",
        r"software",
        r"(?:back|front)[- ]?end",
        r"full[- ]?stack",
        r"engineering",
        r"(?:software|backend|frontend|web|mobile|platform|devops|qa|test|site\s+reliability|founding)\s+engineer",
        r"engineers?",
        r"developers?",
        r"programm(?:er|ing)",
        r"coding",
        r"web\s+development",
        r"sre",
        r"cto",
        r"architect",
        han=r"软件|开发|研发|程序员|工程师|架构师|前端|后端|测试|编程|技术经理|技术总监|技术负责人",
    ),
    _family(
        "hardware engineering",
        r"(?:mechanical|civil|electrical|chemical|structural|manufacturing|process|hardware)\s+engineer(?:ing)?",
        # "机械工程师" must end where "工程师" (software) ends, or the longer match could not win.
        han=r"(?:机械|土木|电气|结构|工艺|硬件|电子)(?:设计)?工程师|机械|土木|电气|硬件",
    ),
    _family(
        "data",
        r"data(?:\s+(?:analy(?:sis|tics|st)|scien(?:ce|tist)|engineer(?:ing)?|mining))?",
        r"analytics",
        r"business\s+intelligence",
        r"(?-i:BI)",
        r"machine\s+learning",
        r"statistic(?:s|ian)",
        han=r"数据(?:分析|科学|挖掘|运营|开发|工程|治理)?|算法|机器学习|商业分析|统计",
    ),
    _family(
        "product",
        r"product(?:\s+(?:manager|management|owner|lead))?",
        r"apm",
        han=r"产品",
    ),
    _family(
        "design",
        r"design(?:er|ers)?",
        r"ux",
        r"ui",
        r"user\s+(?:experience|research(?:er)?)",
        r"interaction\s+design",
        r"(?:concept|graphic|visual)\s+(?:art(?:ist)?|design(?:er)?)",
        r"illustrat(?:or|ion)",
        han=r"设计|交互|用户研究员?|用户体验|游戏策划|关卡策划|数值策划|系统策划|原画|插画|美术设计|视觉",
    ),
    _family(
        "sales",
        # Longer alternatives first: at one position the first alternative that matches is taken.
        r"sales\s+engineer",
        r"pre-?sales",
        r"(?:medical|pharmaceutical|pharma)\s+(?:sales\s+)?rep(?:resentative)?",
        r"(?:sales|business)\s+development\s+representative",
        r"sales(?:people|person)?",
        r"account\s+(?:executive|manager)",
        r"business\s+development",
        r"sdr",
        r"bdr",
        r"(?-i:BD)",
        han=r"销售|客户经理|商务拓展|大客户|招商|售前|医药代表|医学代表",
    ),
    _family(
        "marketing",
        r"marketing",
        r"brand",
        r"advertising",
        r"growth\s+marketing",
        r"public\s+relations",
        r"content\s+(?:strateg(?:y|ist)|marketing)",
        r"seo",
        # Marketing tools, though their names say "analytics".
        r"google\s+(?:analytics|ads)",
        r"adwords",
        han=r"市场|营销|品牌|广告|公关|推广",
    ),
    _family(
        "retail",
        # Before "operations": a store's operations are retail, not an internet product's.
        r"(?:store|retail|shop|restaurant)\s+operations",
        r"store",
        r"shop",
        r"retail",
        r"cashier",
        r"sales\s+(?:associate|assistant|floor)",
        r"restaurant",
        r"merchandis(?:ing|er)",
        han=r"门店运营|门店|店长|店员|导购|收银|零售|餐厅|餐饮|连锁",
    ),
    _family("operations", r"operations", r"ops", r"logistics", r"supply\s+chain", han=r"运营|物流|供应链|仓储"),
    _family(
        "customer service",
        r"customer\s+(?:support|service|success|care|experience)",
        r"support\s+(?:agent|specialist|representative)",
        r"help\s*desk",
        r"call\s+cent(?:er|re)",
        han=r"客服|客户服务|客户成功|售后",
    ),
    _family(
        "hospitality",
        r"hotel",
        r"hospitality",
        r"front\s+(?:desk|office)",
        r"concierge",
        r"housekeeping",
        r"flight\s+attendant",
        r"cabin\s+crew",
        r"purser",
        r"receptionist",
        han=r"酒店|前厅|前台|礼宾|客房|空乘|乘务|空姐",
    ),
    _family(
        "cybersecurity",
        r"cyber\s?security",
        r"information\s+security",
        r"infosec",
        r"network\s+security",
        r"(?-i:SOC)(?:\s+analyst)?",
        r"security\+",
        r"security\s+(?:analyst|engineer|architect)",
        r"penetration\s+test(?:er|ing)",
        han=r"网络安全|信息安全|渗透测试|安全工程师|安全运营",
    ),
    _family(
        "public safety",
        r"police",
        r"law\s+enforcement",
        r"detective",
        r"sheriff",
        r"firefight(?:er|ing)",
        r"security\s+(?:guard|officer|supervisor)",
        r"corrections\s+officer",
        han=r"警察|民警|警官|刑警|交警|辅警|消防|保安",
    ),
    _family(
        "military",
        r"army",
        r"military",
        r"marines?",
        r"navy",
        r"infantry",
        r"soldier",
        r"squad\s+leader",
        r"platoon",
        r"(?-i:NCO)",
        han=r"部队|军人|士兵|战士|步兵|班长|排长|连长|服役",
    ),
    _family(
        "construction",
        r"construction",
        r"site\s+(?:engineer|manager|supervisor)",
        r"quantity\s+surveyor",
        r"civil\s+engineer(?:ing)?",
        han=r"施工|造价|监理|土建|建造师",
    ),
    _family(
        "teaching",
        r"teach(?:er|ers|ing)",
        r"head\s?teacher",
        r"(?:school|vice|deputy|assistant)\s+principal",
        r"educat(?:or|ion)",
        r"lecturer",
        r"tutor(?:ing)?",
        r"professor",
        r"classroom",
        han=r"教师|老师|讲师|教学|教研|班主任|教授|助教|教育|校长",
    ),
    _family(
        "healthcare",
        r"nurs(?:e|es|ing)",
        r"physician",
        r"doctor",
        r"clinical",
        r"pharmacist",
        r"therap(?:ist|y)",
        r"medical",
        r"icu",
        han=r"护士|护理|护师|医生|医师|临床|药师|药剂|康复",
    ),
    _family(
        "finance",
        r"financ(?:e|ial)",
        r"accounting",
        r"accountant",
        r"audit(?:or|ing)?",
        r"tax",
        r"bank(?:er|ing)",
        r"investment",
        r"treasury",
        r"(?-i:CPA|CFA|ACCA)",
        r"teller",
        han=r"财务|会计|审计|税务|金融|投资|理财|柜员|出纳|银行|注册会计师",
    ),
    _family(
        "legal", r"legal", r"law(?:yer)?", r"attorney", r"solicitor", r"paralegal", r"counsel", han=r"律师|法务|法律"
    ),
    _family(
        "people",
        r"hr",
        r"hrbp",
        r"human\s+resources",
        r"recruit(?:er|ing|ment)",
        r"talent\s+acquisition",
        han=r"人力资源|人事|招聘",
    ),
    _family("journalism", r"journalis[mt]", r"reporter", r"correspondent", r"editor", han=r"记者|编辑|新闻"),
    # A bare "consultant" says little ("Data Consultant", "SAP Consultant", "课程顾问" who sells courses).
    _family(
        "consulting",
        r"(?:management|strategy|business)\s+consult(?:ant|ants|ing)",
        r"consulting",
        han=r"管理咨询|战略咨询|咨询顾问",
    ),
    _family("research", r"research(?:er)?", r"scientist", han=r"研究员|科研"),
)

# Families close enough that moving between them is growth in one career, not a change of career.
RELATED_FAMILIES: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"software engineering", "data"}),
        frozenset({"data", "research"}),
        frozenset({"teaching", "research"}),
        frozenset({"retail", "operations"}),
        frozenset({"retail", "hospitality"}),
        # Running servers and securing them are one IT career.
        frozenset({"software engineering", "cybersecurity"}),
        # "产品经理" and "产品运营" trade places in one internet career.
        frozenset({"product", "operations"}),
    }
)

# Titles that say nothing of a field: leading one's own field ("Engineering Manager") is a promotion.
MANAGEMENT_WORDS = re.compile(
    bounded(
        r"manag(?:er|ers|ement|ing)",
        r"lead(?:er|ership)?",
        r"director",
        r"head",
        r"supervisor",
        r"people\s+manager",
        r"team\s+lead",
        r"executive",
        r"vp",
    )
    + r"|管理|经理|主管|总监|负责人|组长|团队长",
    re.IGNORECASE,
)

# Jobs that do not show a line of work: a student's internship, a side job, the founder's seat
# (founding is signalled on its own).
SIDE_ROLE_WORDS = re.compile(
    bounded(r"interns?(?:hip)?", r"trainee", r"part[- ]time", r"freelance", r"volunteer", r"(?:co-?)?founder", r"ceo")
    + r"|实习|兼职|志愿|创始人|合伙人|创业",
    re.IGNORECASE,
)

# A line naming a target role: "Objective: ...", "求职意向：数据分析师".
OBJECTIVE_LABEL = re.compile(
    r"(?:^|(?<=[.。!?]\s)|(?<=[.。!?]))\s*(?:career\s+)?(?:objective|target\s+(?:role|position)|desired\s+(?:role|position)"
    r"|求职意向|求职目标|意向岗位|意向职位|目标岗位|目标职位|期望职位|期望岗位|应聘岗位|应聘职位)\s*:\s*(?P<target>[^\n]+)",
    re.IGNORECASE,
)

# A credential or a course: "Google Data Analytics Certificate", "CDA数据分析师认证", "coding bootcamp".
# A bare "course" or "培训" counts only under a certificates/training heading: in a job's bullets it
# is more often something the candidate taught or organised.
CREDENTIAL_WORDS = re.compile(
    bounded(
        r"certificates?",
        r"certifications?",
        r"certified",
        r"credential",
        r"nanodegree",
        r"boot\s?camps?",
        r"coursera",
        r"udacity",
        r"edx",
    )
    + r"|证书|认证|资格证|执业证|训练营|结业",
    re.IGNORECASE,
)

# Saying that one wants a role, not that one does it: "looking to move into data analysis".
ASPIRATION_WORDS = re.compile(
    bounded(
        r"objective",
        r"seeking",
        r"looking\s+(?:to|for)",
        r"aim(?:ing)?\s+to",
        r"hop(?:e|ing)\s+to",
        r"want(?:ing)?\s+to",
        r"target\s+role",
    )
    + r"|希望|求职|意向|期望|应聘",
    re.IGNORECASE,
)
