"""Chinese (and code-mixed) question-answer pairs for the relevance evaluation; see README.md.

Same fields as ``items_en.py``; ``code_mixed`` marks a Chinese answer that mixes in English terms.
"""

QUESTIONS = {
    "conflict": "请分享一次你和团队成员发生分歧或冲突的经历，你是怎么处理的？",
    "customer": "请分享一次你处理客户强烈不满或投诉的经历。",
    "root": "请分享一次你找到某个反复出现的问题的根本原因的经历。",
    "learn": "请讲一次你在很短时间内学会一项新技能或新知识并用在工作/学习中的经历。",
    "mistake": "请分享一次你犯过的错误，以及你从中学到了什么、之后怎么做的。",
    "data": "请讲一次你用数据支持决策的经历：用了什么数据，怎么分析的，结果如何？",
    "lead": "请讲一次你接手一个士气低落或表现不好的团队，并扭转局面的经历。",
    "help": "请讲一次你主动帮助遇到困难的同事或同学的经历。",
    "pressure": "请分享一段你长期承受很大压力的经历，你是怎么应对的，结果如何？",
    "explain": "请讲一次你需要向不熟悉你专业背景的人解释一件复杂事情的经历。",
    "cross": "请分享一次你和其他部门或专业的人合作完成任务的经历。",
    "persuade": "请讲一次你需要说服上级或客户接受你的建议的经历。",
    "follow_db": "你提到“我们把数据库从 MySQL 迁到了 TiDB”。你本人具体做了哪些事情？请一步步说明。",
    "follow_budget": "你提到“那次活动最后超出了预算”。最后的结果如何？你是怎么衡量的？",
}

ALL = ["situation", "task", "action", "result"]
SAR = ["situation", "action", "result"]
SA = ["situation", "action"]

ITEMS = [
    # --- conflict ----------------------------------------------------------------------------------
    {
        "q": "conflict",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "去年做毕业设计，组里的小王坚持用他熟悉的框架，我觉得那个框架太老，后面部署会很麻烦，我们在群里吵了两天。"
            "后来我约他当面聊，把两种方案各做了一个半天的小样，对比启动时间和部署步骤。小样做完他自己也认同新方案更省事，"
            "我们按时交了设计，还拿了优秀。"
        ),
    },
    {
        "q": "conflict",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": "我觉得大家看法不一样很正常，关键是就事论事。遇到这种事我一般先听对方讲完，再找双方都能接受的办法，实在不行就请领导拍板。",
    },
    {
        "q": "conflict",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我性格随和，和团队成员相处得都很好，几乎没有发生过冲突。我的优点是沟通能力强、有团队精神、抗压能力好，相信能很快融入贵公司的团队。",
    },
    {
        "q": "conflict",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我平时喜欢爬山和摄影，周末经常和朋友去郊区徒步，去年还完成了一次五十公里的越野赛。拍的照片也在小红书上分享，有两千多个粉丝。",
    },
    {
        "q": "conflict",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": "no_shared_words",
        "answer": "有一次我和同事因为谁来写周报闹得不太愉快，他觉得我推给他。我后来主动找他聊，提议我们轮流写，之后就没再为这个事不开心了。",
    },
    # --- customer ----------------------------------------------------------------------------------
    {
        "q": "customer",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "我在银行做柜员时，一位老先生因为转账被退回，在大厅里大声嚷嚷，说我们吞了他的钱。我先请他到贵宾室坐下，倒了杯水，"
            "然后调出记录，发现是收款人账号填错了一位。我陪他重新填单，又当场打电话给他儿子核对账号，二十分钟后钱就到了。"
            "他后来专门送了一封表扬信到支行。"
        ),
    },
    {
        "q": "customer",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": "遇到情绪激动的顾客，我觉得最重要的是先安抚，让对方把火发出来，不要急着辩解。然后了解清楚原因，能当场解决的马上解决，不能的就给个明确的时间。",
    },
    {
        "q": "customer",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我们公司的客户主要是中小型连锁超市，客户数量这两年从三百家增长到八百家。公司有专门的客户成功团队，客户满意度调查一直在行业前三。",
    },
    {
        "q": "customer",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": "有个客户收到的沙发颜色不对，打电话来很生气，说要投诉到消费者协会。我跟仓库确认后给他安排了第二天换货，还送了一套靠垫，他最后撤回了投诉。",
    },
    {
        "q": "customer",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": SAR,
        "trap": "wrong_story",
        "answer": "大三暑假我在一家咨询公司实习，负责整理行业报告。我用两周时间自学了 Python，把原来要手工复制的数据改成脚本抓取，报告的制作时间从三天缩短到半天。",
        "code_mixed": True,
    },
    # --- root --------------------------------------------------------------------------------------
    {
        "q": "root",
        "kind": "strong",
        "on_topic": True,
        "level": 5,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "我们车间的包装机每到周一早上就卡纸，维修换了两次滚轮都没用。我开始每次卡纸都记下温湿度和纸卷批次，三周后发现只有放在卸货门旁边过周末的纸卷才会卡，"
            "因为受潮变软了。我们把纸卷挪到室内货架，就再也没卡过。这个存放要求我写进了车间规范，另外两个厂区也照着改了。"
        ),
    },
    {
        "q": "root",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": "我们的线上服务每隔几天就会报一次内存不足。我看了监控，发现每次都是在导出大报表之后，原因是导出时把全部数据一次性读进了内存。改成分批读取后就好了。",
    },
    {
        "q": "root",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "分析问题的根本原因有很多方法，比如五个为什么、鱼骨图，还有帕累托分析。我在学校系统学习过质量管理，也考了六西格玛绿带证书，对这些方法都比较熟悉。",
    },
    {
        "q": "root",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我的职业规划是前三年在一线把业务做扎实，第五年左右争取成为部门主管，长期来看希望能在供应链管理方向深耕。",
    },
    {
        "q": "root",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "病区的输液泵隔三差五报警，护士们都以为是机器老了。我把一个月的报警记录按床位和时间排了一下，发现几乎都集中在晚上八点以后、靠窗的三张床。"
            "原来是晚上那边插座上接了好几台陪护的电暖器，电压不稳。后勤给那几张床单独拉了线路，之后一个月只报过一次。"
        ),
    },
    # --- learn -------------------------------------------------------------------------------------
    {
        "q": "learn",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "入职第二周，负责报关的同事突然离职，领导让我接手，而我之前从没碰过。我把近半年的报关单全部打印出来，对照海关的填报规范一栏一栏看，"
            "晚上再跟代理公司的老师傅打电话请教。第十天我独立报了第一票货，之后两个月没有出过一次退单。"
        ),
    },
    {
        "q": "learn",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": None,
        "answer": "我的学习能力比较强，遇到新东西一般先看视频教程，再找个小项目练手，很快就能上手。",
    },
    {
        "q": "learn",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我很喜欢学习新技能，最近在学日语和钢琴，已经能弹几首简单的曲子了。我觉得终身学习很重要，明年还打算学潜水。",
    },
    {
        "q": "learn",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SA,
        "trap": "no_shared_words",
        "answer": "实习的时候组里决定改用 Figma 画原型，我之前只用过 Axure。那个周末我把官方教程过了一遍，周一就把负责的三个页面画出来给产品经理看了。",
        "code_mixed": True,
    },
    # --- mistake -----------------------------------------------------------------------------------
    {
        "q": "mistake",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "刚工作那年，我给客户发报价单时用了去年的折扣表，客户按这个价格下了一大笔订单。发现后我当天就跟主管说了，自己打电话给客户解释，"
            "最后双方各让一半。从那以后，我每次发报价前都会和系统里的实时价格核对一遍，还做了一个自动比对的表格，现在整个销售组都在用。"
        ),
    },
    {
        "q": "mistake",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我最大的缺点就是太追求完美，做事情总想做到一百分，有时候会花太多时间在细节上。不过我觉得这对这个岗位来说反而是优点。",
    },
    {
        "q": "mistake",
        "kind": "weak",
        "on_topic": True,
        "level": 2,
        "star": ["situation"],
        "trap": None,
        "answer": "以前做表格的时候犯过一个错误，公式写错了导致数字不对，后来我就更仔细了。",
    },
    {
        "q": "mistake",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": "no_shared_words",
        "answer": "有一次我把会议室订成了下周同一天，开会当天大家到了才发现没地方。我赶紧借了隔壁部门的小会议室，会后跟领导道了歉。现在我订完都会截图发到群里确认日期。",
    },
    {
        "q": "mistake",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我们团队用敏捷开发，两周一个迭代，每天早上开站会，用 Jira 管理需求，代码在 GitLab 上做评审，上线走 Jenkins 流水线。",
        "code_mixed": True,
    },
    # --- data --------------------------------------------------------------------------------------
    {
        "q": "data",
        "kind": "strong",
        "on_topic": True,
        "level": 5,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "公司想把周日晚班的两家门店直接关掉。我先导出了一整年的收银小票，按小时统计，发现周日晚上总客流虽然少，但会员卡消费占比最高。"
            "我建议改成只留一个店员而不是关门，试了六周，营业额基本没降，人力成本下降了三成。区域经理后来把这个排班方式推广到了另外四家店。"
        ),
    },
    {
        "q": "data",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": "我看了小程序的注册漏斗，发现一半以上的人卡在手机验证那一步。我建议先让用户浏览，下单时再验证，改完以后注册转化率提高了不少。",
    },
    {
        "q": "data",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我对数据分析很感兴趣，会用 Python、SQL 和 Tableau，考过了 CDA 数据分析师二级。我认为未来所有决策都应该由数据驱动。",
        "code_mixed": True,
    },
    {
        "q": "data",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": SAR,
        "trap": "wrong_story",
        "answer": "大四那年我奶奶生病住院，我每个周末都要回老家照顾她。我把复习时间排得很紧，在高铁上写论文，最后还是按时毕业，拿到了优秀毕业生。",
    },
    {
        "q": "data",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "我们食堂每天剩菜很多，大家都觉得是菜不好吃。我连续三周每餐过磅记下每道菜的剩量，发现剩得最多的是周五中午，那天一半人在外面开会。"
            "我跟后厨商量周五按六成备菜，一个月下来浪费少了四成多，每月省了将近六千块。"
        ),
    },
    # --- lead --------------------------------------------------------------------------------------
    {
        "q": "lead",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "我调到华东区时，那边的销售组已经连续三个季度垫底，两个人刚离职，剩下的人开会都不说话。我第一周和每个人单独吃了顿饭，听他们说最头疼的事，"
            "大多是报价审批太慢。我去总部争取到了一万元以内的报价自己批，又每周五下午带大家复盘一单。第二个季度业绩排到了第三，之后一年没人再离职。"
        ),
    },
    {
        "q": "lead",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": "如果遇到这种情况，我会先和大家坦诚沟通，了解每个人的想法，然后定一些容易达成的小目标，让大家慢慢找回信心。",
    },
    {
        "q": "lead",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我认为一个好的团队领导要以身作则、赏罚分明。我读过很多管理类的书，比如《高效能人士的七个习惯》，希望入职三年内能走上管理岗位，带领自己的团队。",
    },
    {
        "q": "lead",
        "kind": "partially_off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "团队表现不好的时候确实很难。不过我更想介绍一下我的学习经历：我本科是985高校，绩点专业前五，拿过两次国家奖学金，还发表过一篇核心期刊论文。",
    },
    # --- help --------------------------------------------------------------------------------------
    {
        "q": "help",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "新来的护士小刘每次被家属追问用药就紧张得说不出话，后来开始请病假。我问她愿不愿意跟我查一周房，每到一床我让她来讲，我站在后面补充。"
            "我们一起整理了家属最常问的十个问题，做成一页纸。第三周她已经能单独给家属做说明了，护士长现在把那页纸发给每个新人。"
        ),
    },
    {
        "q": "help",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SA,
        "trap": None,
        "answer": "我室友高数一直挂科，快要补考了。我那个月每天晚上陪他在自习室做两小时题，把错题一道道讲给他听，他补考过了。",
    },
    {
        "q": "help",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我是一个乐于助人的人，同事和同学都说我热心。我大学期间一直参加志愿者协会，周末去敬老院陪老人聊天，还参加过支教。",
    },
    {
        "q": "help",
        "kind": "weak",
        "on_topic": True,
        "level": 2,
        "star": ["situation"],
        "trap": None,
        "answer": "有个同事刚来不熟悉系统，我就帮了他一下，后来他就会用了。",
    },
    # --- pressure ----------------------------------------------------------------------------------
    {
        "q": "pressure",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "去年同事休产假，四个月里我一个人顶两个岗位，中间还赶上年审。我把所有例行工作列出来，砍掉了几份没人看的周报，把对账做成了自动脚本，"
            "每周留出两个上午专门准备审计材料，也提前跟领导说明哪项工作会晚交。年审零问题通过，同事回来后我们一直沿用精简后的工作清单。"
        ),
    },
    {
        "q": "pressure",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": "说实话我挺能扛的，事情多的时候我就列清单，一件一件来，晚上去跑跑步，尽量不把情绪带回家。",
    },
    {
        "q": "pressure",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我觉得压力是成长的动力。我对自己的规划是五年内考下 PMP 和注册会计师，成为项目经理，以后有机会希望去海外工作。",
        "code_mixed": True,
    },
    {
        "q": "pressure",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我最喜欢的书是《人类简史》，它改变了我看待历史的方式，让我理解了人类为什么能大规模合作。我推荐给了身边很多朋友。",
    },
    {
        "q": "pressure",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SA,
        "trap": None,
        "answer": "考研那一年我同时在外面做兼职，每天只睡六个小时。我把兼职都换到周末，工作日早上背书、晚上做题，坚持了大半年。",
    },
    # --- explain -----------------------------------------------------------------------------------
    {
        "q": "explain",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "我外婆开始吃抗凝药，医生说要每周抽血，她嫌麻烦不肯去。我给她画了一个水龙头和水池：药少了水池会堵，药多了水会漫出来，抽血就是看龙头该拧多少。"
            "她把那张画贴在冰箱上，之后八个月一次都没落下。"
        ),
    },
    {
        "q": "explain",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SA,
        "trap": "no_shared_words",
        "answer": "财务总监问我为什么双十一那天网站那么慢。我打了个比方，说就像超市只开了两个收银台，门口排了长队，再给他看了访问量曲线。他听懂了，批了加服务器的预算。",
    },
    {
        "q": "explain",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我的专业背景是机械工程，本科在哈工大，硕士在同济，毕业论文研究的是风力发电机叶片的复杂流体力学问题。我英语六级，还会一点德语。",
    },
    {
        "q": "explain",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我之所以投贵公司，是因为一直很认同公司的使命，也用了好几年你们的产品。另外招聘启事里的薪资范围也符合我的预期。",
    },
    # --- cross-team --------------------------------------------------------------------------------
    {
        "q": "cross",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "我们要在两个月内给医院上线一套排班小程序，护士长关心的是夜班公平，信息科关心的是数据不能出内网，两边一开会就吵。"
            "我分别去病区跟了两个夜班，又和信息科一起画了数据流图，把排班算法放在院内服务器上跑。最后按期上线，护士长说夜班投诉少了一大半。"
        ),
    },
    {
        "q": "cross",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我们公司部门很多，有研发、产品、市场、销售和客服，每个部门都有自己的 KPI。我所在的部门负责华南区的渠道管理，一共十二个人。",
        "code_mixed": True,
    },
    {
        "q": "cross",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": "做校园招聘的时候，我和学校就业处一起办了一场宣讲会。我负责联系场地和发通知，他们负责组织学生，那天来了两百多人。",
    },
    {
        "q": "cross",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我从小在海边长大，很喜欢游泳和冲浪。大学时加入了学校的帆船队，参加过两次全国大学生帆船赛。",
    },
    # --- persuade ----------------------------------------------------------------------------------
    {
        "q": "persuade",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "我们主厨一直不肯换鱼的供货商，可进货价一年涨了三成。我没有在厨房里跟他争，而是找新供货商要了一箱样品，用它和原来的鱼各做一份招牌菜，"
            "让后厨的人盲尝，结果没人分得出来。主厨同意试三个月，那个季度光鱼就省了三万多。"
        ),
    },
    {
        "q": "persuade",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "我的建议是公司应该实行弹性工作制。研究表明员工每天通勤要花一个多小时，在家办公效率更高，公司还能节省房租。",
    },
    {
        "q": "persuade",
        "kind": "weak",
        "on_topic": True,
        "level": 2,
        "star": ["situation"],
        "trap": "no_shared_words",
        "answer": "领导一开始不同意我做公众号的想法，我提了好几次，后来他就同意了。",
    },
    # --- follow-ups --------------------------------------------------------------------------------
    {
        "q": "follow_db",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ["task", "action", "result"],
        "trap": None,
        "answer": (
            "我负责订单库这一块。先梳理了 40 多条慢 SQL，把依赖 MySQL 特有语法的改掉；然后搭了双写，用 sync-diff 每晚对账，跑了两周没有差异才切读流量；"
            "切换当天我守在监控前，p99 延迟从 800ms 降到了 120ms 左右。"
        ),
        "code_mixed": True,
    },
    {
        "q": "follow_db",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": None,
        "answer": "这个项目我基本都参与了，主要是配合大家做迁移，开了很多会，最后整体还是比较顺利的。",
    },
    {
        "q": "follow_db",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "TiDB 是一个分布式数据库，兼容 MySQL 协议，底层用 TiKV 存储，支持水平扩展和 HTAP。我觉得分布式数据库是未来的趋势，很多大厂都在用。",
        "code_mixed": True,
    },
    {
        "q": "follow_budget",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": ["result"],
        "trap": "no_shared_words",
        "answer": "多花了大约八千块，不过来了三百多人，比计划多一倍，会后收到的合作意向有十几个。我们是按到场签到和会后问卷统计的。",
    },
    {
        "q": "follow_budget",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": "那次活动是公司的年会，在三亚的一家五星级酒店办的，有晚宴、抽奖和文艺表演，我还上台唱了一首歌，大家都玩得很开心。",
    },
    {
        "q": "follow_budget",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我想先说一下我现在的工作，我是一家物流平台的产品负责人，对接三个开发团队，直接向产品总监汇报。",
    },
    # --- more hard cases --------------------------------------------------------------------------
    {
        "q": "customer",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": "no_shared_words",
        "answer": "一位病人家属在挂号处大发脾气，因为他母亲等了三个小时。我先给老人搬了把椅子，查了排队名单，找护士二十分钟内给她看上了。家属后来跟我道了谢。",
    },
    {
        "q": "learn",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": SAR,
        "trap": "wrong_story",
        "answer": "有一次供应商给工地送错了钢筋型号，我当场叫停浇筑，联系供应商二十四小时内换货，只耽误了一天，避免了后面返工。",
    },
    {
        "q": "conflict",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": SAR,
        "trap": "wrong_story",
        "answer": "在银行工作时，我发现贷款审批平均要九天。我拉了三个月的申请数据，发现大部分时间都在等征信查询，就建议把征信查询和材料审核并行，一个季度后审批时间降到了五天。",
    },
    {
        "q": "help",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "组里新来的开发小周连着三次提交都被打回，之后就不太敢问问题了。我请他跟我结对做了两个下午的需求，让他看我怎么读代码，"
            "他下一次提交我也改成开视频一起过，而不是只在评论里留言。后面他连续四次提交都一次通过，他说那两个下午让他开了窍。"
        ),
    },
    {
        "q": "data",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": "我是一个做事很有条理、很踏实的人。朋友出去旅游都是我来做攻略，我也很喜欢旅行，去年去了越南和柬埔寨玩了一个月。",
    },
    {
        "q": "root",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": "碰到老是出毛病的事，我一般会多问几个为什么，把每次出事的时间和条件记下来，慢慢就能看出规律，然后对症下药。",
    },
    {
        "q": "explain",
        "kind": "weak",
        "on_topic": True,
        "level": 2,
        "star": ["situation"],
        "trap": None,
        "answer": "以前给我爸妈解释过我做的工作，他们一开始听不懂，我多讲了几遍，他们大概明白了。",
    },
    {
        "q": "conflict",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "上个项目里，测试组长觉得我们前端提测太晚，在周会上当着大家的面说我们拖后腿，我当时也很不服气。会后我找他单独聊，"
            "一起翻了最近三次提测记录，发现问题出在需求评审后没有人同步接口变更。我们约定每次接口改动都在群里@他，"
            "之后两个版本都提前一天提测了。"
        ),
    },
    {
        "q": "learn",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "去年部门要上 Kubernetes，原来负责运维的人调走了，我一个做后端的被拉去顶。我花了一周晚上跟着官方文档把集群在自己电脑上搭了三遍，"
            "再把测试环境的五个服务迁上去。一个月后生产环境切换完成，发布时间从半小时缩到五分钟。"
        ),
        "code_mixed": True,
    },
    {
        "q": "lead",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": "我接手客服组时，大家因为投诉量大都很消极。我把最常见的五类问题整理成标准回复，又每周评一次服务之星。两个月后组里的满意度评分从 3.2 升到了 4.1。",
    },
    {
        "q": "customer",
        "kind": "strong",
        "on_topic": True,
        "level": 5,
        "star": ALL,
        "trap": None,
        "answer": (
            "一家连锁餐厅的老板因为我们的预订系统在情人节重复订座，打电话说要解约。我第二天一早就去了他店里，和他一起在收银台复现问题，"
            "发现是两台服务员平板离线后同步延迟。我们一周内上线了离线提醒，我给他免了两个月的费用，他留了下来；这个提醒让所有客户的重复订座工单少了六成。"
        ),
    },
    {
        "q": "help",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": "看到身边的人手忙脚乱，我一般会问一句要不要搭把手，能分担的就分担一些，我觉得大家互相照应，活儿才干得顺。",
    },
    {
        "q": "data",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": "我们运营组每周都凭感觉定推送时间。我拉了一个月的打开率数据，发现晚上九点比中午高一倍，就建议改到晚上推，之后点击量确实涨了。",
    },
]
