"""Word classes of the PLOVER/CAMEO codebook conventions `event_type` applies to a trigger's clause:
an intent to cooperate is AGREE (CAMEO 03), an intent to harm is THREATEN (13), a "must" is REQUEST
(10), a refusal to cooperate is REJECT (12).
"""
from __future__ import annotations


# PLOVER/CAMEO codebook conventions for what a sentence says about an action:
# an intent to cooperate is AGREE (CAMEO 03), an intent to harm is THREATEN (13), a "must" is
# REQUEST (10), a refusal to cooperate is REJECT (12).
_COOPERATIVE = {"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
_HOSTILE = {"COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "PROTEST"}
_FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
_POSSIBLE_AUX = {"may", "might", "could"}
_MUST_AUX = {"must", "should", "ought"}
_INTENT_HEADS = {"ready", "willing", "prepared", "plan", "intend", "vow", "promise", "pledge", "offer", "agree", "volunteer",
                 "expect", "aim", "seek", "want", "hope", "commit", "threaten", "swear", "intention",
                 "determined", "eager", "poised", "set", "undertake",
                 # nouns of intent: "expressed willingness to cooperate", "announced its readiness to talk"
                 "willingness", "readiness", "intent", "desire", "determination", "resolve", "commitment", "plan"}
_DEMAND_HEADS = {"demand", "urge", "insist", "ask", "call", "press", "pressure", "push", "request", "appeal", "encourage",
                 "invite", "plea", "call"}
# verbs whose object is asked to act: "wants Y to attack", "told them to leave", "ordered troops to withdraw".
# Not "forced/persuaded Y to flee": those say the fleeing happened.
_OBJECT_CONTROL = {"want", "tell", "order", "ask", "urge", "encourage", "invite", "press", "pressure", "push",
                   "instruct", "direct", "call", "need", "expect"}
_FAIL_HEADS = {"fail", "refuse", "decline", "reluctant", "unwilling"}
# nouns naming a demand, whose "that" clause says what is demanded
_DEMAND_NOUNS = {"demand", "call", "appeal", "request", "insistence", "ultimatum"}
# Verbs of getting ready: an armed actor readying an attack mobilises
_PREPARE_VERBS = {"prepare", "gear", "mass", "regroup"}
_ASPECT_VERBS = {"resume", "continue", "begin", "start", "renew", "launch"}
# Verbs that make a decision known (not a warning): "announced it would cut aid" is the sanction
_DECISION_VERBS = {"announce", "decide", "declare", "confirm", "say", "state"}
# Verbs of ruling: what they say "would" happen is decided, not intended
_DECREEING = {"decree", "rule", "legislate", "proclaim"}
_REPORTING = {"say", "tell", "report", "add", "state", "announce", "declare", "insist", "warn", "conclude", "stress"}


# "X said Y was responsible for ...": blame laid (CAMEO 112 accuse)
_BLAME_WORDS = {"responsible", "guilty", "culpable", "complicit", "accountable"}
