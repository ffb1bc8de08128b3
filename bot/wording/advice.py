"""Plain-language sentences for the decisions in bot/rules/advice.py.

Kept in code (not in the Rasa domain) because each sentence is tied to the
figures of one decision, and in the customer's region's words: "scheduled" and
"homeowners" in the US, "specified" and "contents insurance" in New Zealand.
"""

from __future__ import annotations

from bot.rules.advice import LARGEST_ITEM_VALUE, Advice, CollectionPlan, Gap, Premium, Profile
from bot.rules.knowledge import CoverageFacts
from bot.rules.regions import DEFAULT_REGION
from bot.wording.common import item_name, money, verbs_for

COVER_NAMES = {
    "US": {
        "self_insure": "no extra cover: self-insure it",
        "blanket": "a blanket jewelry endorsement on your home policy",
        "scheduled": "scheduling it on your homeowners policy",
        "standalone": "a standalone jewelry policy",
    },
    "NZ": {
        "self_insure": "no extra cover: self-insure it",
        "blanket": "the general jewellery cover of your contents policy, with a limit that fits",
        "scheduled": "specifying it on your contents policy",
        "standalone": "a standalone jewellery policy",
    },
}
HOME_POLICY = {"US": "homeowners policy", "NZ": "contents policy"}
# An answer said back ("I've put down a suburb for where you live", "I've changed that from
# a city to the countryside").
AREA_SAID = {"urban": "a city", "suburban": "a suburb", "rural": "the countryside"}
CURRENT_COVER_SAID = {
    "none": "no cover",
    "homeowners": "your home insurance",
    "standalone": "a separate jewelry policy",
    "scheduled": "a listing on your policy",
    "blanket": "a blanket endorsement",
}
# A valuation for insurance in the region's words: (noun, done, who does it).
VALUATION_WORDS = {
    "US": ("appraisal", "appraised", "appraiser"),
    "NZ": ("valuation", "valued", "valuer"),
}


def home_policy(profile: Profile) -> str:
    """The person's own home cover: a renter's is a renters policy (in NZ, contents)."""
    if profile.renters_policy and profile.region == "US":
        return "renters policy"
    return HOME_POLICY[profile.region]


def premium_text(premium: Premium, currency: str) -> str:
    if premium.high == 0:
        return "nothing extra a year"
    return f"about {money(premium.low, currency)} to {money(premium.high, currency)} a year"


def cost_text(profile: Profile, advice: Advice) -> str:
    """The yearly cost; with no value to price, the area's rate for every 1,000 of value."""
    if advice.premium is not None:
        return premium_text(advice.premium, profile.currency)
    if advice.until_valued is None:
        return "not known yet"  # not given by recommend(): a premium or a rate, always
    rate, currency = advice.until_valued.per_thousand, profile.currency
    done = VALUATION_WORDS.get(profile.region, VALUATION_WORDS[DEFAULT_REGION])[1]
    return (
        f"about {money(rate.low, currency)} to {money(rate.high, currency)} a year for every "
        f"{money(1000, currency)} of its value ({profile.area_type} rates); "
        f"I can't give a yearly figure until it's {done}"
    )


def valuation_sentence(profile: Profile, advice: Advice, facts: CoverageFacts) -> str | None:
    """Advice without a value: the valuation first, and what it would change."""
    until = advice.until_valued
    if until is None:
        return None
    noun, done, who = VALUATION_WORDS.get(profile.region, VALUATION_WORDS[DEFAULT_REGION])
    low, high = (
        money(facts.self_insure_below, profile.currency),
        money(facts.schedule_above, profile.currency),
    )
    if until.if_high == advice.coverage:
        if_high = f"{their_cover_name(advice.coverage, profile)} is still right, at the {noun}'s figure"
    else:
        if_high = f"{their_cover_name(until.if_high, profile)} is the better choice"
    if until.if_low == "self_insure":
        if_low = "it costs less to replace yourself than to insure, so you could self-insure it"
    else:
        if_low = f"{their_cover_name(until.if_low, profile)} will do"
    article = "an" if noun[0] in "aeiou" else "a"
    return (
        f"First step: get {article} {noun} from a qualified {who}, saying what it would cost to replace; "
        f"insurers often want a recent one to list a piece anyway. Until it's {done}, I've gone by the "
        f"middle range ({low} to {high}): if the {noun} comes in above {high}, {if_high}; "
        f"below {low}, {if_low}."
    )


def _reason_sentence(reason: str, profile: Profile, facts: CoverageFacts) -> str | None:
    # With no value the value reasons are never given (`valuation_sentence` says it).
    value = "" if profile.item_value is None else money(profile.item_value, profile.currency)
    item = item_name(profile.item_type)
    be, costs = verbs_for(profile.item_type)
    home = home_policy(profile)
    listed = "specified" if profile.region == "NZ" else "scheduled"
    sentences = {
        "low_value": (
            f"At {value}, your {item} {costs} less to replace yourself than a few years of premiums; "
            "a small blanket endorsement is the option if a loss would really hurt."
        ),
        "middle_value": (
            f"At {value}, your {item} {be} in the middle range, where a blanket endorsement works "
            f"as long as its per-item cap is at least {value}."
        ),
        "high_value": (
            f"At {value}, your {item} {be} above {money(facts.schedule_above, profile.currency)}, "
            f"where listing it on its own is worth it: {listed} items usually have no deductible "
            "and cover loss as well as theft."
        ),
        "travels": (
            "You travel with it, and worldwide cover including mysterious disappearance "
            f"comes with {listed} or standalone cover, not a standard {home}."
        ),
        "wears_daily": (
            "You wear it every day, and the most common claim is a piece that simply goes "
            "missing: only listed items reliably cover that."
        ),
        "add_to_home_policy": f"Adding it to the {home} you already have is usually the cheapest way to list it.",
        "no_home_policy": (
            f"With no {home} to attach it to, a standalone jewelry policy lists it on its own "
            "and keeps any claim off a home insurance record."
        ),
        "keeps_standalone": "Your standalone policy is the right kind of cover: make sure this piece is on it.",
    }
    return sentences.get(reason)


def gap_sentence(gap: Gap, profile: Profile) -> str:
    item = item_name(profile.item_type)
    be, costs = verbs_for(profile.item_type)
    home = home_policy(profile)
    limit = money(gap.limit, profile.currency)
    if gap.shortfall is None or profile.item_value is None:
        return _unvalued_gap_sentence(gap, item, home, limit, profile.region)
    value = money(profile.item_value, profile.currency)
    short = money(gap.shortfall, profile.currency)
    if gap.code == "uninsured":
        return f"Today nothing covers it: losing your {item} would cost you the full {value}."
    if gap.code == "theft_sublimit":
        if profile.region == "NZ":
            return (
                f"Contents policies usually cap unspecified jewellery at about {limit}, "
                f"so {short} of your {value} {item} {be} not covered."
            )
        return (
            f"A standard {home} pays at most {limit} for stolen jewelry, "
            f"so {short} of your {value} {item} {be} not covered against theft."
        )
    if gap.code == "named_perils_no_disappearance":
        return _no_disappearance_sentence(home)
    if gap.code == "blanket_item_cap":
        return (
            f"Blanket endorsements cap each piece, typically at {limit}: that leaves {short} "
            f"of your {value} {item} uncovered unless your cap is higher (check your policy)."
        )
    return ""


def _no_disappearance_sentence(home: str) -> str:
    """The named-perils gap, which holds whatever the piece is worth."""
    return (
        f"And if it is simply lost or goes missing, a {home} pays nothing: it covers named "
        "events like fire and theft, not mysterious disappearance."
    )


def _unvalued_gap_sentence(gap: Gap, item: str, home: str, limit: str, region: str) -> str:
    """A gap of today's cover for a piece not valued yet: the limit to hold the valuation against."""
    be, _costs = verbs_for(item)
    if gap.code == "uninsured":
        return f"Today nothing covers it: losing your {item} would cost you whatever it is worth."
    if gap.code == "theft_sublimit":
        if region == "NZ":
            return (
                f"Contents policies usually cap unspecified jewellery at about {limit}: "
                f"whatever your {item} {be} worth above that is not covered."
            )
        return (
            f"A standard {home} pays at most {limit} for stolen jewelry: "
            f"whatever your {item} {be} worth above that is not covered against theft."
        )
    if gap.code == "named_perils_no_disappearance":
        return _no_disappearance_sentence(home)
    if gap.code == "blanket_item_cap":
        return (
            f"Blanket endorsements cap each piece, typically at {limit}: if your {item} {be} valued "
            "above that, the rest is uncovered unless your cap is higher (check your policy)."
        )
    return ""


def care_plan_sentence(profile: Profile, facts: CoverageFacts) -> str:
    repairs = facts.watch_repairs if profile.item_type == "watch" else facts.jewelry_repairs
    listed = ", ".join(repairs[:4])
    if profile.new_purchase:
        lead = "Since it's a new purchase, ask about a repair care plan at checkout"
    else:
        lead = "For wear and repairs, a repair care plan helps (it is sold with a new piece)"
    return (
        f"{lead}: it pays for repairs such as {listed}. It never covers loss or theft, "
        "so it sits beside insurance, not in place of it."
    )


# A choice of cover asked in the middle of the guide ("would I be better putting it on
# my AA policy or taking out a separate one?"): the recommendation is that answer.
CHOICE_WEIGHED_IN_ADVICE = (
    "That's the choice my recommendation makes for you: adding it to a policy you have or "
    "cover of its own, compared with your numbers. I'll give it as soon as I have your answers."
)


# The value asked twice with no figure (bot/actions/advisor.py): the guide goes on.
VALUE_LEFT_UNKNOWN = (
    "That's fine: I'll give you the advice without a value, and say what a valuation would "
    "change. If a figure comes to you later, just tell me."
)


# How each stated default of the guide is said after a second unusable answer ("I'll
# assume ..."); the area and the habits follow knowledge/coverage.yml's defaults.
FALLBACK_SAYS: dict[str, str | dict[bool, str]] = {
    "item_type": "it's a piece of jewelry of no particular kind",
    "travels_often": {
        True: "it goes with you on some trips",
        False: "you don't often travel with it",
    },
    "wears_daily": {
        True: "you wear it most days",
        False: "you don't wear it most days",
    },
    "area_type": "a {area} area",
    "current_coverage": "a standard home policy",
}


def fallback_says(slot: str, facts: CoverageFacts) -> str:
    says = FALLBACK_SAYS[slot]
    if isinstance(says, dict):
        return says[facts.unknown_habits[slot]]
    return says.format(area=facts.default_area)


ASSUMPTION_SENTENCES: dict[str, str | dict[bool, str]] = {
    # The area assumed is the profile's, set from knowledge/coverage.yml's default.
    "area_type": "I assumed a {area} area since you weren't sure; in a city the price sits higher.",
    "current_coverage": (
        "You weren't sure what cover you have, so I assumed a standard home policy with the usual "
        "jewelry theft limit; your policy's declarations page will say."
    ),
    # A habit is assumed as knowledge/coverage.yml's default for an unknown habit, or
    # from an in-between answer ("sometimes" is not "most days"), so the sentence
    # follows the value the advice used.
    "travels_often": {
        False: "I assumed you don't often travel with it; if you do, listing it matters more.",
        True: "I assumed it travels with you at times; if it never leaves home, tell me and I'll redo the advice.",
    },
    "wears_daily": {
        True: "I assumed you wear it most days, the case where pieces most often go missing.",
        False: "I assumed you don't wear it most days; if you do, listing it matters more.",
    },
}


def assumption_sentences(assumed: tuple[str, ...], profile: Profile) -> list[str]:
    """What was assumed where the customer did not know, said back as the advice used it."""
    habits = {"travels_often": profile.travels_often, "wears_daily": profile.wears_daily}
    lines = []
    for slot in assumed:
        if slot == "item_value":
            # A value taken as the top of a range (or a bound) after asking twice; a value
            # left not known is told by the valuation sentence instead.
            if profile.item_value is not None:
                lines.append(
                    f"I used {money(profile.item_value, profile.currency)} as its value, from the rough figures you gave; "
                    "a receipt or a valuation would firm that up."
                )
            continue
        sentence = ASSUMPTION_SENTENCES.get(slot)
        if isinstance(sentence, dict):
            sentence = sentence[habits[slot]]
        if sentence:
            lines.append(sentence.format(area=profile.area_type))
    return lines


def cover_name(coverage: str, region: str) -> str:
    """A cover in the region's words, as a phrase made for a sentence."""
    names = COVER_NAMES.get(region, COVER_NAMES[DEFAULT_REGION])
    return names.get(coverage, coverage)


def their_cover_name(coverage: str, profile: Profile) -> str:
    """A cover as `cover_name` says it, on the home policy this person has; with no cover
    today, on a home policy they would take out ("a contents policy", not "your")."""
    name = cover_name(coverage, profile.region).replace(HOME_POLICY["US"], home_policy(profile))
    if profile.current_coverage == "none":
        name = name.replace("your ", "a ")
    return name


def reason_sentences(profile: Profile, advice: Advice, facts: CoverageFacts) -> list[str]:
    """Why this cover: the first three reasons that have something to say."""
    return [s for r in advice.reasons if (s := _reason_sentence(r, profile, facts))][:3]


def gap_sentences(profile: Profile, advice: Advice) -> list[str]:
    """What today's cover leaves unpaid; nothing when the advice is to keep it."""
    if advice.coverage == profile.current_coverage:
        return []
    return [text for gap in advice.gaps if (text := gap_sentence(gap, profile))]


def advice_message(
    profile: Profile, advice: Advice, facts: CoverageFacts, assumed: tuple[str, ...] = ()
) -> str:
    """The whole recommendation: what, why, cost, today's gap, care plan, assumptions."""
    lines = [f"My recommendation: {their_cover_name(advice.coverage, profile)}."]
    lines.append(valuation_sentence(profile, advice, facts) or "")
    lines.append(" ".join(reason_sentences(profile, advice, facts)))
    if advice.coverage != "self_insure":
        lines.append(f"Expected cost: {cost_text(profile, advice)}.")
    gaps = gap_sentences(profile, advice)
    if gaps:
        lines.append("What you have now: " + " ".join(gaps))
    if advice.care_plan:
        lines.append(care_plan_sentence(profile, facts))
    lines.extend(assumption_sentences(assumed, profile))
    return "\n\n".join(line for line in lines if line)


def collection_message(profile: Profile, plan: CollectionPlan, facts: CoverageFacts) -> str:
    """The split plan for several pieces, with the total yearly cost."""
    currency = profile.currency
    lines = ["Here's how I'd split your collection:"]
    for entry in plan.pieces:
        piece = entry.piece
        count = f"{piece.quantity} × " if piece.quantity > 1 else ""
        label = {
            "scheduled": "schedule it" if profile.region == "US" else "specify it",
            "standalone": "list it on a standalone jewelry policy",
            "blanket": "keep it on a blanket endorsement",
            "self_insure": "self-insure it",
        }[entry.coverage]
        lines.append(f"- {count}{item_name(piece.item_type)} at {money(piece.value, currency)}: {label}")
    if plan.blanket_cap_needed:
        lines.append(
            f"The blanket's per-item cap needs to be at least {money(plan.blanket_cap_needed, currency)}."
        )
    lines.append(f"Total: {premium_text(plan.premium, currency)}.")
    return "\n".join(lines)


def advice_change_line(
    before: tuple[str, float | None, float | None],
    after: tuple[str, float | None, float | None],
    region: str,
    currency: str,
    per_thousand: Premium | None = None,
) -> str:
    """What a corrected answer changed: (coverage, low, high) before and after; a cost of
    None is advice without a value, priced by `per_thousand` (the area's rate)."""
    (old_cover, old_low, old_high), (new_cover, new_low, new_high) = before, after
    if old_cover != new_cover:
        cover = f"The recommendation changes from {cover_name(old_cover, region)} to {cover_name(new_cover, region)}"
    else:
        cover = "The recommendation stays the same"
    if new_low is None or new_high is None:
        # Still no value: the rate is what can be said, and it follows the area.
        rate = (
            f"about {money(per_thousand.low, currency)} to {money(per_thousand.high, currency)}"
            if per_thousand
            else "a rate"
        )
        done = VALUATION_WORDS.get(region, VALUATION_WORDS[DEFAULT_REGION])[1]
        return f"{cover}; until it's {done}, the cost is {rate} a year for every {money(1000, currency)} of value."
    if old_low is None or old_high is None:
        return f"{cover}; with the value, the expected cost is {money(new_low, currency)}-{money(new_high, currency)} a year."
    if (old_low, old_high) == (new_low, new_high):
        return f"{cover}, and so does the expected cost."
    return (
        f"{cover}; the expected cost moves from {money(old_low, currency)}-{money(old_high, currency)} "
        f"to {money(new_low, currency)}-{money(new_high, currency)} a year."
    )


# What the coverage guide says when an answer can't be used: what was wrong and an
# example that works (read by bot/language/answers.py).
ADVICE_PROBLEMS = {
    "item_value_missing": (
        "I couldn't find an amount in that. A number works best, for example "
        '"$2,500", "2.5k" or "about three thousand dollars". If you really can\'t say, just say you don\'t know.'
    ),
    "item_value_not_positive": (
        'The value needs to be more than zero. What would it cost to replace? For example "$1,800".'
    ),
    "item_value_too_large": (
        f"That's more than this guide is built for (up to {money(LARGEST_ITEM_VALUE)} a piece). If the figure is right, "
        'a person on our team should look at it: say "talk to a person". Otherwise, try again, e.g. "$25,000".'
    ),
    # Asked once more after "no idea"; a second "don't know" is taken as the answer, and
    # the advice goes on without a value (bot/actions/advisor.py).
    "item_value_dont_know": (
        'A rough guess is fine: what you paid, or what a valuation said, for example "about $3,000". '
        "If you really don't know, just say so and I'll give you the advice without a value."
    ),
    "item_type": (
        'Which kind of piece is it? For example "a ring", "earrings" or "a watch" '
        "(or pick one of the buttons)."
    ),
    "item_type_several": "Let's take one piece at a time. Which should we start with: {}?",
    "travels_often": "Just a yes or no: do you take it with you when you travel, a few times a year or more?",
    "wears_daily": "Just a yes or no: do you wear it most days?",
    "area_type": (
        'Is that a city, a suburb or the countryside? For example "I live in the suburbs". '
        'If you\'d rather not say, answer "not sure".'
    ),
    "area_type_both": (
        'Which is it closest to: a city, a suburb or the countryside? For example "more the suburbs". '
        'If you\'d rather not say, answer "not sure".'
    ),
    "area_type_moving": (
        'Where will it live once you\'ve moved: a city, a suburb or the countryside? For example "the suburbs". '
        'If you\'d rather not say, answer "not sure".'
    ),
    "current_coverage": (
        'What covers it today? For example "homeowners insurance", "nothing", "a blanket endorsement" '
        'or "it\'s scheduled on my policy". "Not sure" is fine too.'
    ),
    # "it isn't scheduled or anything": not listed on its own, but is there a home policy?
    "current_coverage_not_listed": (
        "Got it, it isn't listed on its own. Does a home (homeowners, renters or contents) policy cover it, "
        'or nothing at all? For example "just the homeowners" or "nothing".'
    ),
}

# What covers it today, read from words that name something else, said back with why.
COVER_READ_NOTES = {
    "protection": (
        "A care plan or warranty pays for repairs or defects, not for loss or theft, so I've put down no "
        "insurance cover for it today. If a policy covers it as well, tell me."
    ),
    "someone_elses": (
        "A landlord's or building's policy covers the building, not your own things, so I've put down no "
        "cover of your own for it. If you have renters or contents insurance, tell me."
    ),
    "house_only": (
        "A house policy covers the building, not what's in it, so I've put down no cover for it today. "
        "If you do have contents insurance, tell me."
    ),
    # A cover ended, planned or turned down, with a doubt in the words.
    "set_aside": "I've put down no cover for it today, from what you said. If something does cover it now, tell me.",
}
