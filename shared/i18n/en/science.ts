/** English texts of the "science" namespace: the page "About the science" and the studies it cites. */
export default {
  view: {
    title: 'About the science',
    intro: 'Why Touchpoint asks what it asks, in plain words, with the limits left in.',
    jumpLabel: 'On this page',
    back: 'Back to Insights',
    lead: 'Touchpoint rests on a simple idea: trust at work is built and damaged in small moments, a few seconds at a time, and noticing those moments is the first step to having more of the good ones. Four studies shaped its prompts. None of them tested Touchpoint itself, and none promises that logging moments will make you a better manager. They are reasons to pay attention, not guarantees.',
    found: 'What the study found',
    use: 'How Touchpoint uses it',
    limits: 'Honest limits',
  },
  numbers: {
    title: 'What your own numbers can and cannot tell you',
    items: {
      p1: 'They count what you noticed and chose to log, not everything that happened. A week with more harms logged may be a week of more honesty.',
      p2: 'Helped and harmed are counted apart on purpose: a harm is not undone by a help elsewhere, and a single score would hide that.',
      p3: '“Not reached lately” is a nudge to reach out, not a judgement. Some people you meet rarely, and that can be fine.',
      p4: 'Everything stays on this computer. A weekly summary leaves it only if you export it and share it yourself.',
    },
  },
  patterns: {
    title: 'What a pattern in your log can and cannot mean',
    text: '“What goes with harm” compares the share of your moments that harmed trust in one situation (say, after three or more back-to-back meetings) with the share everywhere else. It shows the counts and a 95% interval: the range of shares that would fit your moments, given how few there are. Read “Of your 23 moments after three or more back-to-back meetings, 9 were harm (39%, 22–59%); otherwise 12%” as: in your log, harm came up more often after long runs of meetings, and the difference is larger than a few moments either way would explain.',
    canTitle: 'What it can mean',
    can: {
      p1: 'Something to try: a five-minute gap after the third meeting, a different hour for a hard conversation, a walk before a 1:1.',
      p2: 'A question to bring to a coach or mentor, with numbers from your own weeks rather than a general rule.',
    },
    cannotTitle: 'What it cannot mean',
    notACause: 'It is not a cause. Busy days may be the days with hard news; a person may be in the meetings where things go wrong for other reasons. The meetings do not necessarily make the harm.',
    noticed: 'It counts what you noticed and logged. If you log more on hard days, harm will look more common on them.',
    chance: 'It is one person’s log, not a study. With many situations looked at, one will stand out now and then by chance: that is why the interval is shown, and why a situation is shown only from {{minimum}} moments in it and {{minimum}} outside it.',
    verdict: 'Nothing about a person is a verdict on them: “moments with Sam” are your moments, about how you showed up.',
  },
  studies: {
    'compassion': {
      title: 'Forty seconds of compassion',
      claim: 'A short moment of warmth can lower another person’s anxiety.',
      found: {
        p1: '210 women (123 breast cancer survivors and 87 women without cancer) watched a videotaped consultation in which a doctor explained treatment options. Half saw a standard version; half saw the same tape with about 40 seconds added, in which the doctor acknowledged the patient’s worry, said they would go through it together, and offered support.',
        p2: 'Those who saw the added 40 seconds rated the doctor as warmer, more caring and more compassionate, and were less anxious afterwards. How much they remembered, and which treatment they chose, did not change.',
      },
      use: {
        p1: 'The check-ins are built around that length: about 40 seconds before or after a meeting, the time a small act of attention takes. The builders you can tag (empathy, warmth, listened, recognised) are those kinds of moments.',
      },
      limits: {
        p1: 'Participants watched a video; they were not in a real consultation.',
        p2: 'It was a medical setting with high stakes, not a workplace, and it measured anxiety right after viewing, not weeks later.',
      },
      citation:
        'Fogarty, L. A., Curbow, B. A., Wingard, J. R., McDonnell, K., & Somerfield, M. R. (1999). Can 40 seconds of compassion reduce patient anxiety? Journal of Clinical Oncology, 17(1), 371–379. doi:10.1200/JCO.1999.17.1.371',
    },
    'weak-ties': {
      title: 'Small talk with weak ties',
      claim: 'Brief exchanges with people we do not know well are linked to better days.',
      found: {
        p1: 'Students kept track of their interactions with classmates; on days when they interacted with more classmates than usual, they felt happier and felt more that they belonged. In further studies of all daily interactions, students and adults who had more interactions than usual with weak ties (acquaintances, not close friends) also reported greater well-being on those days.',
      },
      use: {
        p1: 'Touchpoint asks about hallway and chat moments, not only meetings, and lists the people you met in meetings but had no positive moment with lately (“Not reached lately”): the colleague from another team counts as much as your closest report.',
      },
      limits: {
        p1: 'These were diary and survey studies: they show that the two go together, not that more small talk causes better days. Happier people may simply talk to more people.',
        p2: 'The samples were students and adults from the community, and well-being was self-reported.',
      },
      citation:
        'Sandstrom, G. M., & Dunn, E. W. (2014). Social interactions and well-being: The surprising power of weak ties. Personality and Social Psychology Bulletin, 40(7), 910–922. doi:10.1177/0146167214529799',
    },
    'rudeness': {
      title: 'Witnessing rudeness',
      claim: 'Seeing someone treated rudely lowers the onlooker’s performance too.',
      found: {
        p1: 'In three experiments, people who merely witnessed rudeness, by an authority figure or by a peer, then did worse on routine tasks (such as word puzzles) and on creative ones (such as brainstorming ideas). They were also less willing to help, and had more aggressive thoughts. Feeling bad after what they saw explained much of the drop.',
      },
      use: {
        p1: 'You can log moments you witnessed (“I saw someone…”), helpful or harmful, as their own kind of entry: what happens in front of your team affects your team. Harm is always counted, never offset by help, and damagers such as blame, sarcasm and scoffing are tagged so that you can see them coming back.',
      },
      limits: {
        p1: 'These were short laboratory experiments, mostly with students, each around a single rude incident.',
        p2: 'The tasks were laboratory tasks; effects on real work over months were not measured.',
      },
      citation:
        'Porath, C. L., & Erez, A. (2009). Overlooked but not untouched: How rudeness reduces onlookers’ performance on routine and creative tasks. Organizational Behavior and Human Decision Processes, 109(1), 29–44. doi:10.1016/j.obhdp.2009.01.003',
    },
    'if-then': {
      title: 'If-then plans',
      claim: 'Deciding in advance when and how you will act makes you more likely to do it.',
      found: {
        p1: 'A review of 94 independent tests found that people who formed an “implementation intention”, a plan of the form “If situation Y comes up, then I will do Z”, reached their goals more often than people who only held the goal. The average effect was medium to large (d ≈ 0.65).',
        p2: 'Such plans helped people get started, stay on course despite distractions, and let go of a course of action that was failing.',
      },
      use: {
        p1: 'Before a meeting, the card asks how you will show up, and suggests writing it as an if-then plan (“If I feel rushed, then I will ask how they are”). Afterwards it asks whether you kept it, and Insights shows how often you did.',
      },
      limits: {
        p1: 'The effect varies a lot between goals and settings; plans help most when the goal matters to you.',
        p2: 'Published effects in psychology tend to overstate true sizes, and later, larger reviews report a range of effects. Expect a help, not a guarantee.',
        p3: 'A one-word intention chip is not a full if-then plan: writing your own “if…, then…” is closer to what was studied.',
      },
      citation:
        'Gollwitzer, P. M., & Sheeran, P. (2006). Implementation intentions and goal achievement: A meta-analysis of effects and processes. Advances in Experimental Social Psychology, 38, 69–119. doi:10.1016/S0065-2601(06)38002-1',
    },
  },
} as const;
