"""English question-answer pairs for the relevance (off-topic) evaluation; see README.md.

Each item: ``q`` (a key of QUESTIONS), ``kind``, ``on_topic``, ``level`` (BARS 1-5), ``star`` (the
STAR parts the answer really contains), ``trap`` (what makes it hard, or None) and ``answer``.
"""

QUESTIONS = {
    "disagree": "Describe a time you disagreed with a teammate. How did you handle it?",
    "conflict": "Tell me about a conflict at work and how it was resolved.",
    "help": "Tell me about a time you helped a teammate who was struggling.",
    "customer": "Describe a time you dealt with a very unhappy customer.",
    "root": "Describe a time you found the root cause of a problem that kept coming back.",
    "learn": "Tell me about a time you had to learn something new quickly to get a job done.",
    "mistake": "Describe a mistake you made and what you learned from it.",
    "data": "Tell me about a decision you made based on data. What data, and what happened?",
    "lead": "Describe a time you had to get a team back on track after things had gone wrong.",
    "explain": "Tell me about a time you had to explain something complex to someone without your background.",
    "pressure": "Describe a period when you were under sustained pressure. How did you cope and what happened?",
    "setback": "Tell me about a significant setback or failure and how you recovered from it.",
    "persuade": "Tell me about a time you had to persuade someone who did not want to hear your point of view.",
    "follow_cloud": 'You said "we moved the whole billing system to the cloud". What did you do yourself, step by step?',
    "follow_slip": 'You said "the launch slipped by two weeks". What was the result, and how did you measure it?',
}

ALL = ["situation", "task", "action", "result"]
SAR = ["situation", "action", "result"]
SA = ["situation", "action"]

ITEMS = [
    # --- disagree -------------------------------------------------------------------------------
    {
        "q": "disagree",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "Priya wanted to ship the checkout redesign on Friday; I thought the payment tests were too thin and we argued "
            "about it in standup. Instead of going back and forth, I asked for one hour, listed the five payment paths we "
            "had never exercised, and we split them between us that afternoon. Two of them failed. We shipped on Monday "
            "with both fixed, and Priya suggested we keep that list as a release checklist."
        ),
    },
    {
        "q": "disagree",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": (
            "I believe arguments at work are healthy as long as they stay about the work. When somebody sees things "
            "differently from me, I try to listen first, ask why they think so, and look for the part we both agree on. "
            "Usually we find a middle way, and if not, we let the lead decide."
        ),
    },
    {
        "q": "disagree",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "I'm a real team player. My teammates would say I'm reliable, positive and easy to work with, and I rarely "
            "disagree with anyone because I adapt quickly. My greatest strength is that I can get along with every kind of "
            "personality, which is why I think I'd fit well in your team."
        ),
    },
    {
        "q": "disagree",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "Outside work I play the cello in an amateur orchestra. We rehearse every Tuesday and put on two concerts a "
            "year, and last spring we played Dvorak's ninth symphony in the city hall. Practising an hour a day keeps me "
            "calm and focused."
        ),
    },
    # --- conflict -------------------------------------------------------------------------------
    {
        "q": "conflict",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "Our night shift supervisor and I kept clashing over who restocked the cold room: each of us left notes blaming "
            "the other, and twice the yoghurt delivery sat outside for an hour. I asked him for a coffee before his shift, "
            "we went through the delivery times together, and agreed that whoever was on when the truck arrived would "
            "unload it, with a sign-off sheet on the door. The notes stopped, and we had no spoiled stock for the rest of "
            "the year."
        ),
    },
    {
        "q": "conflict",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": "no_shared_words",
        "answer": (
            "Two designers on my team were barely speaking to each other after one of them redid the other's mockups "
            "without asking. I met them separately, then together, and we agreed on who owns which screens. Things got "
            "a lot calmer after that."
        ),
    },
    {
        "q": "conflict",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "At work I'm known for staying out of office politics. In five years I see myself leading a small team, and "
            "I'm working towards that with a part-time MBA. I want a company where I can grow, and your graduate "
            "programme is exactly what I'm looking for."
        ),
    },
    {
        "q": "conflict",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": SAR,
        "trap": "wrong_story",
        "answer": (
            "At the bank I noticed that our loan approval times had crept up to nine days. I pulled three months of "
            "application data, found that most of the delay was waiting for a single credit check, and proposed running "
            "that check in parallel with document review. Approval time dropped to five days within a quarter."
        ),
    },
    # --- help -------------------------------------------------------------------------------------
    {
        "q": "help",
        "kind": "strong",
        "on_topic": True,
        "level": 5,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "A new nurse on our ward, Aisha, froze every time a patient's family asked about medication, and she started "
            "calling in sick. I asked if she wanted to shadow my rounds for a week, and at each bed I let her do the "
            "talking while I stood behind her. We wrote a one-page crib sheet of the ten questions families ask most. By "
            "the third week she was doing family briefings alone, and the ward manager now gives the crib sheet to every "
            "new starter."
        ),
    },
    {
        "q": "help",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SA,
        "trap": None,
        "answer": (
            "A classmate in my database course was struggling with SQL joins and was about to drop the module. I sat "
            "with him in the library a few evenings and we went through the exercises together. He passed the exam in "
            "the end."
        ),
    },
    {
        "q": "help",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Helping people is one of my core values and it's why I chose this career. I have always been a team player "
            "and I think a good teammate is someone who is positive and reliable. I also volunteer at an animal shelter "
            "on weekends, walking the dogs and cleaning the kennels."
        ),
    },
    {
        "q": "help",
        "kind": "weak",
        "on_topic": True,
        "level": 2,
        "star": ["situation"],
        "trap": None,
        "answer": (
            "There was a guy on my team who was having a hard time with the new system. I helped him out a bit when he "
            "asked and I think it helped."
        ),
    },
    # --- customer ---------------------------------------------------------------------------------
    {
        "q": "customer",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "A guest at our hotel came down to reception shouting because his room key had failed three times and he had "
            "missed a call with his family in Sydney. I apologised, walked him to a quieter lounge, and re-coded a new "
            "card myself rather than sending him back up with another one. Then I moved him to a room next to the lift "
            "and sent up dinner on the house. He left a five-star review mentioning me by name."
        ),
    },
    {
        "q": "customer",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": (
            "When someone is angry with us, I think the first thing is to let them vent and not take it personally. Then "
            "I apologise, find out what went wrong, and try to fix it as quickly as possible. Most people calm down once "
            "they see you are actually on their side."
        ),
    },
    {
        "q": "customer",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Our customers are mostly small independent retailers. The company sells point-of-sale systems and the "
            "customer base grew from two thousand to five thousand stores while I was there. We had a very strong "
            "customer success team and an excellent CRM setup."
        ),
    },
    {
        "q": "customer",
        "kind": "partially_off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Unhappy customers happen in every job. What I'd really like to talk about is my passion for marketing: I run "
            "an Instagram account about street food with twelve thousand followers, I taught myself photography and "
            "video editing, and I'd love to bring that creativity to your brand team."
        ),
    },
    {
        "q": "customer",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": (
            "A customer called about a washing machine we had delivered with a dented door and she was furious. I "
            "arranged a replacement for the next morning and called her back after it was installed. She was fine with it "
            "in the end."
        ),
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
            "Every Monday morning the line-3 labeller jammed and we lost about forty minutes. Maintenance replaced the "
            "rollers twice. I started logging the humidity and the batch of label stock at each jam and saw they only "
            "happened with rolls that had spent the weekend next to the loading door. We moved label storage inside, the "
            "jams stopped, and I wrote the storage rule into the site handbook; the other two plants copied it."
        ),
    },
    {
        "q": "root",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": (
            "Our nightly report kept failing about once a week. I dug through the logs and it turned out to be a timeout "
            "when the upstream database was slow. I added a retry and the problem mostly went away."
        ),
    },
    {
        "q": "root",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Root cause analysis is a structured method. The most popular technique is the five whys, developed at "
            "Toyota, and another is the fishbone or Ishikawa diagram, which sorts causes into people, methods, machines, "
            "materials, measurement and environment. Six Sigma training covers both in depth."
        ),
    },
    {
        "q": "root",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "I moved to Berlin three years ago with my partner. Learning German was tough at first, but now I can "
            "hold a conversation and I really enjoy the city, especially the lakes in summer and the food markets."
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
            "Our only Terraform person left two weeks before an audit that needed every server defined in code. I'd never "
            "written any. I spent the first three evenings on the official tutorials, then converted our smallest "
            "staging environment and had a contractor review it. By the audit I had all 38 servers defined, and the "
            "auditor closed the finding on the first day."
        ),
    },
    {
        "q": "learn",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": None,
        "answer": (
            "I pick things up fast. Whenever I need to learn a new tool I watch a few videos, read the docs and then just "
            "start using it on a real task, because that's how it sticks for me."
        ),
    },
    {
        "q": "learn",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "I love learning new things. Right now I'm learning Japanese on Duolingo, I've been doing a 500-day streak, "
            "and I'm also learning to bake sourdough bread. Next year I want to learn to sail."
        ),
    },
    {
        "q": "learn",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SA,
        "trap": "no_shared_words",
        "answer": (
            "In my internship the team switched to Power BI the week I joined, and I was asked to rebuild the sales "
            "dashboard in it. I went through Microsoft's course over a weekend and had a first version running by "
            "Wednesday."
        ),
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
            "I once sent a price list to a client with last year's discounts still in it, and they placed a large order "
            "at those prices. I told my manager that afternoon, called the client myself to explain, and we agreed to "
            "honour half the difference. Since then I've had every outgoing quote checked against the live price table, "
            "which I turned into a small spreadsheet check the whole sales desk now uses."
        ),
    },
    {
        "q": "mistake",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "My biggest weakness is that I'm a perfectionist and I care too much about the details. I always learned that "
            "it's better to do something properly than to do it fast, and I think that makes me a good fit for a role "
            "like this one."
        ),
    },
    {
        "q": "mistake",
        "kind": "weak",
        "on_topic": True,
        "level": 2,
        "star": ["situation"],
        "trap": None,
        "answer": (
            "I made a mistake with an Excel formula once and some numbers were wrong. After that I double-check my work."
        ),
    },
    {
        "q": "mistake",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "Our team uses Scrum with two-week sprints. We have daily standups, sprint planning on Mondays and a retro "
            "every other Friday. We track everything in Jira and deploy with GitHub Actions to AWS."
        ),
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
            "Our café chain wanted to close the Sunday evening shift at two branches. Before agreeing, I exported a year "
            "of till receipts by hour and saw that Sunday evenings were slow overall but were when most loyalty-card "
            "holders came in. I proposed cutting to one barista instead of closing, and tested it for six weeks. Revenue "
            "held, labour cost fell 30 percent, and the regional manager rolled the same split to four other branches."
        ),
    },
    {
        "q": "data",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": (
            "I looked at the sign-up data for our app and saw most people dropped off at the phone verification step. "
            "I suggested we make it optional and the sign-ups went up."
        ),
    },
    {
        "q": "data",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "I'm very comfortable with data. I know Python, pandas, SQL and Tableau, I finished the Google Data Analytics "
            "certificate, and I'm studying for the AWS data engineer exam. Data is the future of every business."
        ),
    },
    {
        "q": "data",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": SAR,
        "trap": "wrong_story",
        "answer": (
            "When my grandmother got ill during my final year, I had to travel home every weekend. I planned my study "
            "time very carefully, wrote my thesis on the train, and still graduated with first-class honours."
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
            "I took over a site crew that was three weeks behind on a school extension, and morale was low because the "
            "previous foreman blamed them in every meeting. I spent the first morning asking each trade what was blocking "
            "them; most of it was late materials. I rebuilt the delivery schedule with the supplier, started a ten-minute "
            "huddle at 7am, and we handed the building over four days late instead of three weeks."
        ),
    },
    {
        "q": "lead",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": (
            "In that kind of situation I would first sit everyone down and be honest about where we are. Then I'd set a "
            "few short-term goals so people can get quick wins, and celebrate them, because confidence returns with "
            "small successes."
        ),
    },
    {
        "q": "lead",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Leadership to me means leading by example. The best team leader I ever had was my football coach, who taught "
            "me discipline. I've read a lot of leadership books, my favourite is Simon Sinek's Start with Why, and I'd "
            "like to be on a management track here within three years."
        ),
    },
    {
        "q": "lead",
        "kind": "partially_off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Yes, things went wrong on a project once and we got back on track. But what I'm most proud of is my "
            "academic record: I graduated top of my class in civil engineering, won two scholarships and published a "
            "paper on concrete fatigue."
        ),
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
            "My grandmother's GP asked me to help her understand why her new blood-thinner needed weekly tests. I drew "
            "her a picture of a tap and a sink: too little medicine and the sink clogs, too much and it floods, and the "
            "test tells the doctor how far to turn the tap. She stuck the drawing on her fridge and hasn't missed a test "
            "in eight months."
        ),
    },
    {
        "q": "explain",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SA,
        "trap": "no_shared_words",
        "answer": (
            "Our finance director wanted to know why the website was slow on Black Friday. I compared it to a "
            "supermarket with only two tills open and a queue out the door, and showed him the traffic graph. He got it "
            "and approved the extra servers."
        ),
    },
    {
        "q": "explain",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "My background is in mechanical engineering, and before that I did a foundation year in physics. I have a "
            "master's degree from Delft, where my thesis explained complex fluid dynamics in wind turbines. I speak "
            "English, Dutch and some Mandarin."
        ),
    },
    {
        "q": "explain",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "I am applying because your company's mission really speaks to me. I've followed your products for years and "
            "I admire how you combine design and engineering. The salary range in the ad is also in line with what I'm "
            "looking for."
        ),
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
            "For four months last year I covered two roles after my colleague went on maternity leave, with the annual "
            "audit landing in the middle. I listed every recurring task, dropped or automated the ones nobody read, and "
            "blocked two mornings a week for audit prep. I also told my manager early which deadline would slip. The "
            "audit closed with no findings, and I kept the trimmed task list when she came back."
        ),
    },
    {
        "q": "pressure",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": (
            "Honestly I work well when things are intense. I make lists, go running to clear my head, and I try not to "
            "let stress follow me home."
        ),
    },
    {
        "q": "pressure",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Pressure is part of any job. My plan for the next five years is to become a certified project manager, move "
            "into a team lead role, and eventually work abroad. I'm very ambitious and I think this position is the right "
            "next step for my career."
        ),
    },
    {
        "q": "pressure",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "My favourite book is Sapiens by Yuval Noah Harari. It changed how I think about history and about why "
            "humans cooperate in large groups. I've recommended it to all my friends."
        ),
    },
    # --- setback -----------------------------------------------------------------------------------
    {
        "q": "setback",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "I spent eight months building a start-up that sold meal kits to students, and it folded when our only "
            "supplier doubled prices. I was devastated for a few weeks. Then I wrote down what had gone wrong, mainly "
            "depending on one supplier and never talking to customers before building. I joined a logistics firm, and in "
            "my first project there I interviewed twenty drivers before proposing anything; that proposal was adopted."
        ),
    },
    {
        "q": "setback",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": (
            "I failed my first attempt at the CPA exam by a few points. I was disappointed, but I changed how I studied, "
            "did more practice papers, and passed the next time."
        ),
    },
    {
        "q": "setback",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "I don't really see failure as failure, I see it as learning. I'm a very positive person, and in my free time "
            "I do CrossFit and climb, which teaches you to keep trying until you succeed."
        ),
    },
    {
        "q": "setback",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": SAR,
        "trap": "wrong_story",
        "answer": (
            "In my last role I trained three new analysts. I built a two-week onboarding plan with daily exercises on our "
            "real data, paired each of them with a senior for code reviews, and all three were working independently "
            "within a month."
        ),
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
            "Our head chef refused to change suppliers even though our fish costs had risen a third. Rather than argue "
            "in the kitchen, I asked the new supplier for a free sample box and cooked his signature dish with it next to "
            "the usual one for a blind tasting with the staff. Nobody could tell them apart. He agreed to a three-month "
            "trial, and we saved about four thousand euros."
        ),
    },
    {
        "q": "persuade",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "My point of view is that remote work is more productive than working in the office. Studies show that people "
            "save an hour of commuting a day, and companies save on rent. I think every company should offer at least "
            "three days at home."
        ),
    },
    {
        "q": "persuade",
        "kind": "weak",
        "on_topic": True,
        "level": 2,
        "star": ["situation"],
        "trap": "no_shared_words",
        "answer": (
            "My manager didn't like my idea for the newsletter at first, but I kept bringing it up and eventually he "
            "came around."
        ),
    },
    # --- follow-ups --------------------------------------------------------------------------------
    {
        "q": "follow_cloud",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ["task", "action", "result"],
        "trap": None,
        "answer": (
            "My part was the invoices. I first mapped the 14 batch jobs that produced them, then rewrote the three that "
            "read local files so they read from object storage, ran old and new side by side for a full monthly cycle "
            "and diffed every invoice. We found two rounding differences, fixed them, and switched over with zero "
            "customer complaints."
        ),
    },
    {
        "q": "follow_cloud",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": None,
        "answer": (
            "I was involved in most of it, really. We all worked together on the migration, there were a lot of meetings "
            "and planning, and in the end it went well."
        ),
    },
    {
        "q": "follow_cloud",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Cloud is where the industry is going. I hold the AWS Solutions Architect certificate and I think every "
            "company should move its systems to the cloud, because it's cheaper and more scalable. I'd love to work on "
            "cloud projects here."
        ),
    },
    {
        "q": "follow_slip",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": ["result"],
        "trap": "no_shared_words",
        "answer": (
            "We still hit the quarter's target: about 1,200 new accounts in the first month, which we tracked in our "
            "dashboard against the forecast. The sales team told us the delay hadn't cost us any deals."
        ),
    },
    {
        "q": "follow_slip",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "The launch was for a new fitness app. It had workout plans, a calorie tracker and a community feed, and the "
            "design was done by an agency in Lisbon. I personally think the app was one of the best on the market."
        ),
    },
    {
        "q": "follow_slip",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "I'd prefer to talk about my current role. I'm a product owner for a logistics platform, I work with three "
            "development teams, and I report to the head of product."
        ),
    },
    # --- more hard on-topic cases: stories in other words ---------------------------------------------
    {
        "q": "help",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "Jonas, our newest developer, had three pull requests bounced in a row and stopped asking questions. I "
            "invited him to pair on my ticket for two afternoons so he could see how I read the codebase, then reviewed "
            "his next change on a call instead of in comments. His following four changes went through first time, and "
            "he later said those afternoons were when things clicked."
        ),
    },
    {
        "q": "root",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "Parents at our kindergarten complained every few weeks that kids came home with wet clothes. Teachers "
            "were told to check more. I looked at the dates and they were all swimming days at the new pool, where the "
            "changing room had no benches, so the children dressed on the wet floor. We bought two benches for eighty "
            "euros and the complaints ended."
        ),
    },
    {
        "q": "customer",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": "no_shared_words",
        "answer": (
            "A patient's son was furious at the front desk because his mother had waited three hours. I found a chair for "
            "her, checked the list, and got a nurse to see her within twenty minutes. He calmed down and thanked me."
        ),
    },
    {
        "q": "pressure",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SA,
        "trap": None,
        "answer": (
            "During my final exams I was also working twenty hours a week at a supermarket. I swapped shifts to weekends, "
            "studied in the mornings and cut out almost everything else for two months."
        ),
    },
    {
        "q": "learn",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": SAR,
        "trap": "wrong_story",
        "answer": (
            "A supplier once delivered the wrong steel grade to our site. I stopped the pour, called the supplier, and "
            "arranged a replacement within 24 hours, so we lost only one day instead of having to break out the concrete "
            "later."
        ),
    },
    {
        "q": "mistake",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": "no_shared_words",
        "answer": (
            "I booked a conference venue for the wrong week because I misread the client's email. I caught it ten days "
            "before, rebooked at a nearby hotel and told the client straight away. Now I confirm dates back in writing."
        ),
    },
    {
        "q": "data",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "I'm a very organised and hard-working person. My friends say I'm the one who plans all the holidays, and I "
            "love travelling; last year I went to Vietnam and Cambodia for a month."
        ),
    },
    {
        "q": "disagree",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": "no_shared_words",
        "answer": (
            "Marco and I both wanted the last slot in the release for our own fixes, and it got a bit heated in the "
            "planning call. I suggested we ask support which bug generated more tickets; his did, so his went in first "
            "and mine followed a week later."
        ),
    },
    {
        "q": "lead",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": (
            "After our team missed two sprint goals in a row, I suggested we cut the backlog to the five most important "
            "items and do a short check-in every afternoon. The next sprint we finished everything we had committed to."
        ),
    },
    {
        "q": "explain",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": (
            "I try to use analogies from everyday life and avoid jargon, and I keep checking whether the other person is "
            "following me, for example by asking them to put it in their own words."
        ),
    },
    {
        "q": "customer",
        "kind": "strong",
        "on_topic": True,
        "level": 5,
        "star": ALL,
        "trap": None,
        "answer": (
            "A restaurant owner who used our booking software threatened to cancel after double bookings ruined his "
            "Valentine's night. I drove to his restaurant the next morning, reproduced the issue with him at the till, "
            "and found that two staff tablets were offline and syncing late. We shipped a warning banner for offline "
            "tablets within a week, I credited him two months, and he stayed; the banner cut double-booking tickets "
            "across all customers by about 60 percent."
        ),
    },
    {
        "q": "setback",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": "no_shared_words",
        "answer": (
            "When something doesn't work out, I give myself a day to be annoyed, then I look at what I could have done "
            "differently and move on. I don't dwell on things for long."
        ),
    },
    {
        "q": "data",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": "no_shared_words",
        "answer": (
            "Our clinic wanted to hire another receptionist because phones went unanswered. I pulled the phone system "
            "logs for two months and saw that 70 percent of missed calls came between 8 and 9 in the morning, when "
            "people rang to book same-day slots. We opened online booking at 7:30 instead, and missed calls fell by "
            "half without a new hire."
        ),
    },
    # --- wave 2: written after the first model change, before any model was run on them ----------
    {
        "q": "customer",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": None,
        "answer": (
            "A guest at our hotel came down at midnight shouting that his room smelled of smoke and he had a flight at six. "
            "We were fully booked. I apologised, gave him the duty manager's office to sit in, and called our sister hotel "
            "two streets away; they had one room left. I paid the taxi from our float and refunded his night. He wrote a "
            "review the next week thanking the night desk by name."
        ),
    },
    {
        "q": "customer",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Customer service is really about empathy. I took an online course on customer experience last year, and I "
            "think every company should measure its Net Promoter Score every month and share it with all staff."
        ),
    },
    {
        "q": "root",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": None,
        "answer": (
            "I usually keep asking why until I get to something we can actually change, and I look at the logs or the "
            "records before I guess. Fixing the symptom only buys you a week."
        ),
    },
    {
        "q": "root",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "wrong_story",
        "answer": (
            "When a new accountant joined our team she was overwhelmed by month-end. I sat with her for the first two "
            "closes, wrote her a checklist of the twenty steps with who to ask for each, and by the third month she "
            "closed her ledgers a day earlier than I did."
        ),
    },
    {
        "q": "learn",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": (
            "My manager asked for the regional sales report on Monday and it needed pivot tables, which I had never used. "
            "I spent Saturday on two YouTube tutorials and rebuilt last month's report as practice. On Monday I handed it "
            "in on time, and now I do that report every month."
        ),
    },
    {
        "q": "learn",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "I pick a new hobby every year, it keeps me curious. This year it is pottery: I go to a class on Thursday "
            "evenings and I have made a set of bowls for my sister. My job is quite busy, so it is nice to do something "
            "with my hands."
        ),
    },
    {
        "q": "mistake",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "wrong_story",
        "answer": (
            "Our main flour supplier raised prices by fifteen percent with two weeks' notice. I got quotes from three "
            "other mills, took the best one back to our supplier and we met in the middle at six percent, with a "
            "one-year price lock. That saved the bakery about nine thousand euros."
        ),
    },
    {
        "q": "mistake",
        "kind": "vague",
        "on_topic": True,
        "level": 2,
        "star": [],
        "trap": None,
        "answer": (
            "Everyone gets things wrong sometimes. When it happens to me I own it straight away, fix what I can, and "
            "write down what I would do differently so it doesn't happen twice."
        ),
    },
    {
        "q": "data",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": None,
        "answer": (
            "Our shop manager wanted a third cashier every Saturday. I exported the footfall counter and the till "
            "timestamps for eight weeks and plotted them by hour: the queue only built up between eleven and two. We "
            "hired a part-timer for those three hours instead of a full day, queues stayed under five minutes, and we "
            "saved about four hundred euros a month."
        ),
    },
    {
        "q": "data",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "I'd say my biggest achievement was finishing my first half marathon last spring. I trained for four months, "
            "three runs a week, and crossed the line in just under two hours."
        ),
    },
    {
        "q": "lead",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "wrong_story",
        "answer": (
            "During my accountancy exams I was also working full time. I got up at five every day to study for two hours "
            "before work, used my lunch breaks for practice questions, and passed all four papers on the first attempt."
        ),
    },
    {
        "q": "lead",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": (
            "When I became sous-chef, the evening crew kept sending out cold plates and were blaming each other. I gave "
            "everyone a fixed station, started a five-minute briefing before service, and ate with them after close on "
            "Fridays. Within a month the complaints about cold food had mostly stopped."
        ),
    },
    {
        "q": "explain",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": "shares_words",
        "answer": (
            "Complex systems have always fascinated me. My background is in physics, I wrote my thesis on turbulence, "
            "and I still read a lot about chaos theory and network science in my spare time."
        ),
    },
    {
        "q": "pressure",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": None,
        "answer": (
            "Last winter flu took out a third of the nurses on my ward for six weeks, and I was the senior nurse on most "
            "late shifts. I split the ward into zones so nobody ran between both ends, moved non-urgent observations to "
            "the quieter morning, and asked the bank office for the same two agency nurses every week so they knew the "
            "patients. We had no missed medication rounds in those six weeks, and I made sure I took my days off."
        ),
    },
    {
        "q": "persuade",
        "kind": "off_topic",
        "on_topic": False,
        "level": 1,
        "star": [],
        "trap": None,
        "answer": (
            "I'm looking for a role with more responsibility and a better salary. My current company is small and "
            "there is no room to grow there, so I think now is the right time to move."
        ),
    },
    {
        "q": "follow_slip",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": SAR,
        "trap": None,
        "answer": (
            "In the end the delay cost us about three hundred pre-orders: we compared the sign-ups in those two weeks "
            "with the forecast in our launch plan, and the gap was almost exactly that. After launch we caught up in "
            "about a month."
        ),
    },
    # --- "we" stories (h-en-088..089, dev split) ------------------------------------------------------
    # Labelled by the labelling guide (eval/scoring/README.md): "we" stories count for the candidate's
    # own part only, so a story told only as "we" has no action or task of the candidate's. A team
    # story that never says what the candidate did is what the ownership follow-up must still probe;
    # a "we" story that tells the candidate's own actions needs no "what was your own role?".
    {
        "q": "root",
        "kind": "average",
        "on_topic": True,
        "level": 3,
        "star": ["situation", "result"],
        "trap": None,
        "answer": (
            "Our checkout page kept timing out every Friday evening for about two months. We went through the database "
            "logs together, found a reporting job that locked the orders table at six o'clock, and moved it to Sunday "
            "night. The timeouts stopped and Friday sales went back to normal."
        ),
    },
    {
        "q": "lead",
        "kind": "strong",
        "on_topic": True,
        "level": 4,
        "star": ALL,
        "trap": None,
        "answer": (
            "Last spring our mobile team missed two releases in a row, and I led the next one. I sat down with each "
            "developer, cut the scope to the six features customers asked for most, moved testing into the same sprint "
            "and ran a ten-minute check-in every morning. We shipped the next release on the planned day, and the one "
            "after that too."
        ),
    },
]
