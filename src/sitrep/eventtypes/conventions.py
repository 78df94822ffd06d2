"""Word classes of the PLOVER/CAMEO codebook conventions `event_type` applies to a trigger's clause:
an intent to cooperate is AGREE (CAMEO 03), an intent to harm is THREATEN (13), a "must" is REQUEST
(10), a refusal to cooperate is REJECT (12).
"""
from __future__ import annotations


# PLOVER/CAMEO codebook conventions for what a sentence says about an action:
# an intent to cooperate is AGREE (CAMEO 03), an intent to harm is THREATEN (13), a "must" is
# REQUEST (10), a refusal to cooperate is REJECT (12).
COOPERATIVE = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
HOSTILE = {"COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "PROTEST"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
POSSIBLE_AUX = {"may", "might", "could"}
MUST_AUX = {"must", "should", "ought"}
INTENT_HEADS = {"ready", "willing", "prepared", "plan", "intend", "vow", "promise", "pledge", "offer", "agree", "volunteer",
                 "expect", "aim", "seek", "want", "hope", "commit", "threaten", "swear", "intention",
                 "determined", "eager", "poised", "set", "undertake", "due", "slated", "float", "propose", "mull", "contemplate", "weigh", "consider",
                 # nouns of intent: "expressed willingness to cooperate", "announced its readiness to talk"
                 "willingness", "readiness", "intent", "desire", "determination", "resolve", "commitment", "plan"}
# verbs of holding back whose negation states a resolve: "would not hesitate to strike"
UNHESITATING = {"hesitate", "shy", "flinch", "balk", "baulk", "waver"}
DEMAND_HEADS = {"demand", "urge", "insist", "ask", "call", "press", "pressure", "push", "request", "appeal", "encourage",
                 "invite", "plea", "call"}
# verbs whose object is asked to act: "wants Y to attack", "told them to leave", "ordered troops to withdraw".
# Not "forced/persuaded Y to flee": those say the fleeing happened.
OBJECT_CONTROL = {"want", "tell", "order", "ask", "urge", "encourage", "invite", "press", "pressure", "push",
                   "instruct", "direct", "call", "need", "expect"}
FAIL_HEADS = {"fail", "refuse", "decline", "reluctant", "unwilling"}
# nouns naming a demand, whose "that" clause says what is demanded
DEMAND_NOUNS = {"demand", "call", "appeal", "request", "insistence", "ultimatum"}
# Verbs of getting ready: an armed actor readying an attack mobilises
PREPARE_VERBS = {"prepare", "gear", "mass", "regroup"}
ASPECT_VERBS = {"resume", "continue", "begin", "start", "renew", "launch"}
# Verbs that make a decision known (not a warning): "announced it would cut aid" is the sanction
DECISION_VERBS = {"announce", "decide", "declare", "confirm", "say", "state"}
# Verbs of ruling: what they say "would" happen is decided, not intended
DECREEING = {"decree", "rule", "legislate", "proclaim"}
REPORTING = {"say", "tell", "report", "add", "state", "announce", "declare", "insist", "warn", "conclude", "stress"}


# "X said Y was responsible for ...": blame laid (CAMEO 112 accuse)
BLAME_WORDS = {"responsible", "guilty", "culpable", "complicit", "accountable", "liable"}
