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
        r"translator",
        r"recruiter",
    )
    + r"|工程师|开发|程序员|分析师|经理|总监|主管|设计师|顾问|创始人|合伙人|总裁|负责人|实习生|实习|研究员"
    r"|专员|架构师|助理|教师|老师|讲师|教授|会计|运营|销售|主任|组长|店长|编辑|策划|科学家"
    r"|律师|医生|护士|记者|翻译|客服|人事|行政",
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
        r"\d+(?:\.\d+)?\s*(?:m|million|billion)\s+(?:users|customers|downloads|players|students)",
    )
    + r"|获奖|荣获|[一二三特金银铜]等?奖|特别奖|冠军|专利|发表|论文|百万|千万|亿",
    re.IGNORECASE,
)

# A stretch the résumé itself names as time away from work.
CAREER_BREAK_WORDS = re.compile(
    bounded(r"career\s+(?:break|gap)", r"gap\s+year", r"sabbatical", r"parental\s+leave", r"time\s+off")
    + r"|职业间隔|空窗期|间隔期|待业|照顾家人|全职妈妈|全职爸爸|育儿",
    re.IGNORECASE,
)

# "Industry: Financial technology", "行业：互联网 / 本地生活".
INDUSTRY_LABEL = re.compile(r"^\s*(?:industry|sector|所属行业|行业)\s*:\s*(?P<industry>.+?)\s*$", re.IGNORECASE)
