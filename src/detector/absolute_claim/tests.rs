//! Table tests of the absolute-claim detector: sentences written for them, flagged or not.

use super::*;
use crate::detector::testing::{Built, built, check_table};

fn detector() -> Built<AbsoluteClaim> {
    built(AbsoluteClaim::new)
}

fn check(cases: &[(&str, &[&str])]) {
    let d = detector();
    check_table(&d.vocabulary, cases, |s| d.detect(s));
}

#[test]
fn flags_generalizations_and_boosters() {
    check(&[
        ("Politicians never keep their promises.", &["never"]),
        (
            "It never mentions either Manafort or the Russians.",
            &["never"],
        ),
        ("We spoke of either Paris or Rome as a venue.", &[]),
        ("The plan has no value at all.", &["no value at all"]),
        (
            "They jail people without any hearing at all.",
            &["without any hearing at all"],
        ),
        // A plain fact of the past, as a historical "never" is.
        ("He was jailed without any hearing at all.", &[]),
        ("The village had no doctor whatsoever.", &[]),
        ("The village has no doctor whatsoever.", &["whatsoever"]),
        ("I am not at all sure it will rain.", &[]),
        ("There is no doubt at all.", &["There is no doubt"]),
        (
            "Everyone knows this, and it is undeniably true.",
            &["Everyone knows", "undeniably"],
        ),
        ("This is the only way forward.", &["the only way"]),
        ("He has done nothing to help.", &["nothing"]),
        ("The inquiry was totally botched.", &["totally botched"]),
        ("It is the only document of its kind.", &["the only"]),
        (
            "No matter which party wins, taxes rise.",
            &["No matter which"],
        ),
        ("The claim is completely false.", &["completely false"]),
        ("Everything about this deal is rotten.", &["Everything"]),
    ]);
}

#[test]
fn the_clause_verb_decides_what_is_history() {
    check(&[
        ("He never returned home after the war.", &[]),
        ("He never really returned home.", &[]),
        ("The senator never even tried to answer.", &[]),
        ("She had never been so humiliated.", &[]),
        ("The mayor was never charged.", &[]),
        ("The suspect was never seen again.", &[]),
        ("The plan was never about safety.", &["never"]),
        ("He was always dishonest.", &["always"]),
        ("She has never apologized for the remark.", &["never"]),
        ("No one has mentioned his name since.", &[]),
        (
            "Reformers are always attacked by the old guard.",
            &["always"],
        ),
        ("He always carried a notebook.", &[]),
        ("The old deal accomplished nothing.", &[]),
        ("None of them ever admitted a mistake.", &["None of them"]),
        ("No one was hurt in the fire.", &[]),
        ("Not a single passenger was injured.", &[]),
        ("They never would have won without the unions.", &[]),
        ("The war need never have begun.", &[]),
        ("No one could have predicted the flood.", &[]),
        // Still claims: the future, a modal, a comparative, a boast about all history.
        ("This council will never change.", &["will never"]),
        ("He would never admit a mistake.", &["never"]),
        ("The country has never been more divided.", &["never"]),
        ("Nobody has ever been treated so unfairly.", &["Nobody"]),
        ("They always lie.", &["always"]),
    ]);
}

#[test]
fn hedges_and_negations_anywhere_in_the_clause_soften_it() {
    check(&[
        ("Not always, but often, the council listens.", &[]),
        ("Almost all of the members voted yes.", &[]),
        ("It is not true that everyone benefits from the tax.", &[]),
        ("Perhaps the council will never change.", &[]),
        // "all but" is almost: a hedge of two words, not a clause of its own.
        ("The bill is all but certain to fail.", &[]),
        ("The bill is certain to fail.", &["certain to"]),
        (
            "They were not voters at all, but nothing more than pawns.",
            &["nothing more than"],
        ),
        ("Rarely if ever does the council listen to everyone.", &[]),
        ("I don't think that everyone agrees.", &[]),
        ("The plan will probably help almost nobody.", &[]),
        ("It may never be known.", &[]),
        // A negation in another clause, or one over "that" without a word of truth,
        // leaves the claim standing.
        (
            "The mayor did not come, and everyone knows why.",
            &["everyone knows"],
        ),
        ("He doesn't understand that nobody trusts him.", &["nobody"]),
        // A negation in a clause that opens the sentence stays there.
        ("If we don't fix it now, we never will.", &["never"]),
        ("The mayor did not, in the end, tell everyone.", &[]),
        ("She does not help anyone who asks.", &["anyone who"]),
        ("Is it really true that nobody cares?", &[]),
    ]);
}

#[test]
fn literal_scope_rules_and_idioms_are_not_claims() {
    check(&[
        ("The law applies in all 50 states.", &[]),
        ("Elections are held every three years.", &[]),
        ("All three defendants pleaded guilty.", &[]),
        ("Every citizen must register to vote.", &[]),
        ("The law applies to everyone who earns a wage.", &[]),
        ("All applicants are required to submit a form.", &[]),
        ("After all, it is only a bridge.", &[]),
        ("The paint fades with every wash.", &[]),
        ("They will do everything possible to help.", &[]),
        ("The school is fully funded.", &[]),
        ("Either side may appeal the ruling.", &[]),
        ("She walks there every morning.", &[]),
        // "the ultimate fate" is the final one; "was the only" a plain fact of the past.
        ("The court will decide the ultimate fate of the ban.", &[]),
        ("She was the only delegate I met who backed him.", &[]),
        (
            "She is the only person who can fix it.",
            &["the only person"],
        ),
        (
            "It was the only way to save the schools.",
            &["the only way"],
        ),
    ]);
}

#[test]
fn counts_ratios_scenarios_and_descriptions_are_not_claims() {
    check(&[
        // A count after "of the": a bounded set, counted.
        ("None of the nine nominees spoke about housing.", &[]),
        ("All of their four sons served in the navy.", &[]),
        ("None of the nominees ever spoke about housing.", &["None"]),
        // A ratio divides a quantity; it says nothing of every member.
        ("The district spends $11,500 for every pupil.", &[]),
        ("There were two bidders for every contract.", &[]),
        ("He blames a foreign plot for every failure.", &["every"]),
        (
            "He has blamed the unions for 20 years for every failure.",
            &["every"],
        ),
        // Impossibility of knowing states uncertainty.
        ("It is impossible to know what the minister meant.", &[]),
        ("There is no way to tell whether the vaccine worked.", &[]),
        ("It is impossible to fix the tax code.", &["impossible"]),
        // A stage of events or a scenario ranks nothing.
        ("By Sunday the worst was behind the town.", &[]),
        ("In the worst case the river floods twice.", &[]),
        ("The worst case scenario is a second flood.", &[]),
        // "case" as an instance ranks it.
        (
            "It was the worst case of fraud the county has seen.",
            &["the worst"],
        ),
        (
            "It is the worst contract the city has signed.",
            &["the worst"],
        ),
        ("She waved to nobody in particular.", &[]),
        // A participle going on to a preposition describes; alone, or a verdict word, it judges.
        ("The ranking is entirely based on one survey.", &[]),
        ("The village was completely surrounded by water.", &[]),
        ("The rollout was totally botched.", &["totally botched"]),
        (
            "The story was completely fabricated by the campaign.",
            &["completely fabricated"],
        ),
    ]);
}

#[test]
fn the_authors_own_habits_concessions_and_distance_are_not_claims() {
    check(&[
        ("I never fail to enjoy the debate.", &[]),
        ("I will never vote for him.", &[]),
        ("We certainly appreciate the mayor's candour.", &[]),
        ("I am no expert, of course, but the figures look odd.", &[]),
        // An aside: a thing the reader can name after "there was", or the writer saying
        // what they mean; a claim made certain stays one.
        ("There was, of course, the flood of 1998.", &[]),
        ("But I'm talking, of course, about the river.", &[]),
        ("The plan, of course, will fail.", &["of course"]),
        ("Nobody knows yet whether the bill will pass.", &[]),
        ("No one can say how long the strike will last.", &[]),
        (
            "The lobby claimed that the tax was the only way to pay.",
            &[],
        ),
        ("UMC Care says none of its clinics saw him.", &[]),
        // Vague speakers' words are reported too (an unsourced assertion, not the author's
        // absolute claim), as "said" and "says" report them.
        ("Critics say teenagers will never accept it.", &[]),
        ("We never learn from history.", &["never"]),
        ("Of course the minister knew.", &["Of course"]),
        // A booster that vouches for a part of a group concedes a modest point.
        ("It was certainly one way to fill the hall.", &[]),
        ("There are certainly some good ideas in it.", &[]),
        (
            "It was certainly the worst way to fill the hall.",
            &["certainly", "the worst"],
        ),
    ]);
}

#[test]
fn boosters_and_universals_written_many_ways() {
    check(&[
        (
            "There is simply no other explanation.",
            &["There is simply no other"],
        ),
        (
            "There can be no compromise with them.",
            &["There can be no compromise"],
        ),
        (
            "There is no alternative to this budget.",
            &["There is no alternative"],
        ),
        ("There was no rain last week.", &[]),
        (
            "The choice could not be clearer.",
            &["could not be clearer"],
        ),
        ("The stakes couldn't be higher.", &["couldn't be higher"]),
        (
            "The plan is beyond any doubt a failure.",
            &["beyond any doubt"],
        ),
        (
            "No one in their right mind would vote for this.",
            &["No one in their right mind"],
        ),
        (
            "The rule is enforced without exception.",
            &["without exception"],
        ),
        ("Every single one of them lied.", &["Every single"]),
        (
            "It was the most shameful vote ever.",
            &["most shameful vote ever"],
        ),
        ("It was the first ever vote of its kind.", &[]),
        ("It was the highest tide ever recorded.", &[]),
        (
            "No Democrat is going to gain more from this than the senator.",
            &["No Democrat"],
        ),
        (
            "No serious economist believes this.",
            &["No serious economist"],
        ),
        ("No charges were filed.", &[]),
        ("All politicians are liars.", &["All politicians"]),
        (
            "The senator is most definitely not the favourite.",
            &["definitely"],
        ),
        (
            "It was the ultimate betrayal of the voters.",
            &["the ultimate"],
        ),
        ("Her defence is second to none.", &["second to none"]),
        (
            "Never before has a mayor lied so boldly.",
            &["Never before"],
        ),
        ("It is the largest deficit in history.", &["in history"]),
        (
            "The deal is nothing more than a stunt.",
            &["nothing more than"],
        ),
        ("There is no evidence whatsoever.", &["whatsoever"]),
        ("It is one of the worst bills in history.", &[]),
        ("Perhaps, nobody cares.", &[]),
        ("It is not entirely true.", &[]),
        ("They joined the Never Trump movement.", &[]),
        // A word in capitals throughout is shouted, not a name.
        ("The heat NEVER works in this building.", &["NEVER"]),
        ("The buses are ALWAYS late.", &["ALWAYS"]),
        ("Close to 100% of members voted for it.", &[]),
        (
            "Make no mistake: this is a power grab.",
            &["Make no mistake"],
        ),
        ("The minister has the causes all wrong.", &["all wrong"]),
        (
            "You can bet the council will raise fares again.",
            &["You can bet"],
        ),
        ("The conclusion is inescapable.", &["inescapable"]),
    ]);
}

#[test]
fn reported_speech_bounded_records_and_set_off_closers_are_not_the_authors_claims() {
    check(&[
        // Indirect speech: a verb of saying before the words in their clause chain, or
        // after them set off by a comma.
        ("The senator said the board would never listen.", &[]),
        (
            "Higher fares inevitably mean fewer riders, said a planner.",
            &[],
        ),
        ("Lower rents are the only answer, the mayor argued.", &[]),
        ("I said the board would never listen.", &["never"]),
        (
            "The mayor reiterated that there is no question the plan works.",
            &[],
        ),
        (
            "It should be noted that nobody trusts the board.",
            &["nobody"],
        ),
        (
            "The mayor spoke, and the plan is clearly a failure.",
            &["clearly"],
        ),
        // A span of time bounds a record.
        ("It was the worst storm since 1990.", &[]),
        ("Every mayor over the past 20 years has raised fares.", &[]),
        ("The debt is at its highest level ever in decades.", &[]),
        (
            "It was the worst storm in history.",
            &["the worst", "in history"],
        ),
        // A span of all time ranks only after a ranking.
        ("She holds a degree in history.", &[]),
        ("It was the first time in history.", &["in history"]),
        ("It is one of the greatest con jobs of all time.", &[]),
        (
            "It is the greatest con job of all time.",
            &["the greatest", "of all time"],
        ),
        // "No <group> have said": a record so far.
        ("No senators have said how they will vote.", &[]),
        ("No senator has ever been so rude.", &["No senator"]),
        // Closers count only when set off: "good, period." but not "a comment period.".
        ("The plan is a failure, period.", &["period."]),
        ("The board opened a public comment period.", &[]),
        // A perfect tense lists what happened: no choice is offered.
        ("Many members have either resigned or retired.", &[]),
        // "their every move" is an idiom; "the worst of it", "the worst is over" a stage.
        ("The crowd cheered their every word.", &[]),
        ("The worst of the storm has passed.", &[]),
        ("The worst is over for the town.", &[]),
        ("The deal appeared doomed from the start.", &[]),
        ("The bill had no chance of passing.", &[]),
        // Exclusivity of a condition.
        (
            "Peace will come only when the regime falls.",
            &["only when"],
        ),
        ("The alarm sounds not only when the door opens.", &[]),
    ]);
}

#[test]
fn dilemmas_need_a_choice_frame_and_lists_are_not_dilemmas() {
    check(&[
        (
            "Either we act now or we lose everything.",
            &["Either we act now or", "everything"],
        ),
        (
            "You are either with us or against us.",
            &["with us or against us"],
        ),
        (
            "We must either cut spending or raise taxes.",
            &["either cut spending or"],
        ),
        (
            "Pay the fine either now or else face jail.",
            &["either now or"],
        ),
        (
            "The only choice is between freedom and tyranny.",
            &["The only choice is between"],
        ),
        ("We can serve either chicken or fish.", &[]),
        ("The winner gets either a car or a boat.", &[]),
        ("Guests may bring either a salad or a dessert.", &[]),
    ]);
}

#[test]
fn reports_options_and_past_abilities_are_not_the_authors_claims() {
    check(&[
        // Someone else's words, reported, the verb at the start of the sentence.
        ("According to the minister, nobody will lose a job.", &[]),
        // A participle opening the sentence is no verb of saying.
        (
            "Stressed by deadlines, reporters never check their facts.",
            &["never"],
        ),
        ("The spokesman insisted the plan was the only option.", &[]),
        // A report inside a subordinate clause ends with it.
        (
            "Though the mayor said the move was routine, it will inevitably look political.",
            &["will inevitably"],
        ),
        // A report inside the subordinate clause is still a report.
        (
            "Though the mayor said nobody would lose a job, the union stayed wary.",
            &[],
        ),
        // An option open, not a habit; a plain fact of the past.
        ("You can always appeal the fine.", &[]),
        ("He was never able to escape his brother's shadow.", &[]),
        ("He is never able to admit a mistake.", &["never"]),
    ]);
}

#[test]
fn claims_set_out_as_someone_elses_view_or_speech_are_not_the_authors() {
    check(&[
        // A noun of saying or believing, then "that": the claim it sets out is reported.
        (
            "The governor made a promise to farmers that the drought could be completely stopped.",
            &[],
        ),
        ("The myth that nobody pays tax here is easy to refute.", &[]),
        // Such a claim opening the sentence ends at its first auxiliary: the verdict on it
        // that follows is the author's.
        (
            "The idea that taxes fund schools is obviously wrong.",
            &["obviously"],
        ),
        (
            "The argument that we must cut spending is clearly the only way forward.",
            &["clearly", "the only way"],
        ),
        (
            "They cling to the notion that the market is always right.",
            &[],
        ),
        // "the fact that" is the author's own.
        ("The fact that nobody cares is telling.", &["nobody"]),
        // A point of view given to someone else, not the author's own.
        ("In the mayor's mind, nobody else matters.", &[]),
        ("In their eyes, every critic is a traitor.", &[]),
        ("In the eyes of his fans, he can never lose.", &[]),
        ("In my view, every critic is a traitor.", &["every"]),
        // A totality adverb before a verb of speech tells how someone spoke.
        ("The senator categorically denied the report.", &[]),
        // ("flatly" alone is no finding, so it would not test the guard.)
        ("She categorically rejected the offer.", &[]),
        // A booster of the author's certainty before such a verb still claims.
        ("The scripture clearly condemns greed.", &["clearly"]),
        // A claim the author keeps at a distance through "to".
        ("He claims to know everything about trade.", &[]),
        ("He knows everything about trade.", &["everything"]),
    ]);
}

#[test]
fn idioms_of_attitude_and_joined_clauses() {
    check(&[
        // Wanting no part of it is an attitude; denying a link is a claim.
        ("Most voters want nothing to do with the scheme.", &[]),
        ("She wanted nothing to do with him.", &[]),
        (
            "The delay has nothing to do with money.",
            &["nothing to do with"],
        ),
        ("He thinks nothing of breaking a promise.", &[]),
        // The verb of the past after "and" belongs to another clause.
        (
            "We are upset by everything and forgot how to laugh.",
            &["everything"],
        ),
        ("Nothing was stolen and nobody was hurt.", &[]),
    ]);
}

#[test]
fn denials_of_evidence_and_of_chance() {
    check(&[
        (
            "There is no evidence that the tax works.",
            &["There is no evidence"],
        ),
        (
            "There have been no long-term studies of the drug.",
            &["There have been no long-term studies"],
        ),
        (
            "There is no credible evidence of fraud.",
            &["There is no credible evidence"],
        ),
        // A finding of the past, a hedge, a report.
        ("There was no evidence of a break-in.", &[]),
        ("There may be no evidence yet.", &[]),
        ("There might be no other way.", &[]),
        ("There is no evidence whatsoever.", &["whatsoever"]),
        ("Police said there is no evidence of a crime.", &[]),
        // A comparison, not a denial: the best example is named, no study is denied.
        ("There is no better example of waste than this bridge.", &[]),
        (
            "There's no clearer evidence of the problem than the queue.",
            &[],
        ),
        // Ruling out chance declares a design.
        (
            "The timing of the vote is no coincidence.",
            &["no coincidence"],
        ),
        ("That was not by accident.", &["not by accident"]),
        ("It may be no coincidence that the vote came late.", &[]),
    ]);
}

#[test]
fn exclusive_conditions_and_rankings_of_a_kind() {
    check(&[
        // One course of action, and no other, said to bring it about.
        (
            "Only by rebuilding trust can the council govern again.",
            &["Only by"],
        ),
        (
            "The city will recover only by investing in buses.",
            &["only by"],
        ),
        // A margin is no condition.
        ("The levy passed only by a handful of votes.", &[]),
        ("She lost only by two points.", &[]),
        // The agent of a passive is no condition: who did it, not how it can be done.
        ("The record was surpassed only by Norway.", &[]),
        ("He was beaten only by his older sister.", &[]),
        // A ranking of one thing above all; a plural picks out the worst of a kind.
        ("It is the worst budget this town has seen.", &["the worst"]),
        ("The ad appeals to the worst instincts of voters.", &[]),
        ("Some of the greatest minds of the age signed it.", &[]),
        // "clearly" before a verb of saying means explicitly, and vouches for nothing.
        ("The contract clearly states the rent is due monthly.", &[]),
        ("The rules clearly say who may apply.", &[]),
        (
            "The figures clearly show the scheme is failing.",
            &["clearly"],
        ),
        // Certainty stated outright; "every" over generations is a frequency.
        (
            "It is certain that the levy will fail.",
            &["It is certain that"],
        ),
        (
            "The plan will fail, without any doubt.",
            &["without any doubt"],
        ),
        ("A bridge like this is rebuilt once every generation.", &[]),
        (
            "Readers cannot follow every twist and turn of the saga.",
            &[],
        ),
        // No room anywhere; a disclaimer and a comparison deny no exception.
        (
            "Bullying has no place in our schools.",
            &["has no place in"],
        ),
        ("None of this is to say the mayor lied.", &[]),
        ("The two plans look nothing alike.", &[]),
        // Certainty announced in the past tense still vouches for the point.
        (
            "From the first week it was clear that the scheme would fail.",
            &["it was clear that"],
        ),
        (
            "The voters made it abundantly clear.",
            &["abundantly clear"],
        ),
        (
            "We cannot avoid the conclusion that the audit was rigged.",
            &["cannot avoid the conclusion"],
        ),
    ]);
}

#[test]
fn questions_after_a_colon_lists_noun_phrases_and_conceded_limits() {
    check(&[
        // A question after a colon asks only what follows it.
        (
            "Every debate, every rally and every ad returns to one theme: who pays for it?",
            &["Every", "every", "every"],
        ),
        ("Does every mayor always lie?", &[]),
        // A label before the colon only introduces the question.
        ("The obvious question: does anyone care?", &[]),
        ("The meeting ends at 10:30, does everyone know?", &[]),
        // An adverb inside a noun phrase is out of reach of a hedge before the phrase.
        (
            "It hardly seemed fair to rely on these clearly partisan surveys.",
            &["clearly"],
        ),
        ("It is hardly clearly wrong.", &[]),
        // A negation reaches over a list to its last item.
        (
            "The plan did not cut taxes, raise wages, or build a port second to none.",
            &[],
        ),
        ("Act now, or we will never recover.", &["will never"]),
        // A concession that then denies a universal concedes a limit.
        ("Of course, the new rules will not fix every problem.", &[]),
        ("Of course, the mayor knew all along.", &["Of course"]),
        // The reader asked to agree; the future denied in full; none left at all.
        (
            "Whatever you think of him, you have to admit he is a shrewd operator.",
            &["you have to admit"],
        ),
        (
            "It is not hard to see why the scheme collapsed.",
            &["It is not hard to see"],
        ),
        (
            "We are not a fair society now, nor will we ever be one.",
            &["nor will we ever"],
        ),
        ("The town won't ever forgive him.", &["won't ever"]),
        (
            "There are no more safe seats in this state.",
            &["There are no more"],
        ),
        ("There are no more than forty seats left.", &[]),
        // A range from one end to the other names no one universally.
        (
            "Everyone from farmers to bankers has signed the letter.",
            &[],
        ),
        // A ranking against the whole of one nation's history.
        (
            "It is the largest tax rise in our history.",
            &["in our history"],
        ),
    ]);
}

#[test]
fn aims_reach_titles_and_records_of_the_only_are_not_claims() {
    check(&[
        // The scope of an aim: what someone wants or works for.
        ("The mayor wants to give everyone a free bus pass.", &[]),
        ("We must make sure everyone gets a fair hearing.", &[]),
        // An appeal asks all of them; it claims nothing of all (found by a new-teacher trial).
        ("I urge every parent to call the school board.", &[]),
        ("We call on everyone to vote in May.", &[]),
        ("The bill would ensure that every child has a seat.", &[]),
        ("Everyone wants a quick fix.", &["Everyone"]),
        // A clause of its own after the aim: its universal is claimed.
        (
            "He wants a tunnel that everyone knows will flood.",
            &["everyone knows"],
        ),
        // As many as someone can reach.
        ("She calls every donor she can find.", &[]),
        ("The party needs all the votes it can get.", &[]),
        ("He blames everyone he can.", &[]),
        ("Every donor knows the truth.", &["Every"]),
        // A name or a title.
        ("Members of the “Never Trump” camp met on Friday.", &[]),
        ("The activists chanted “Not One More” outside.", &[]),
        // A record of the past.
        ("The only senator to object was Jane Hale.", &[]),
        ("The only serious criticism came from the left.", &[]),
        ("No one has been charged with the theft.", &[]),
        // "has" as the verb itself is the present: a claim.
        ("Nobody has the courage to say so.", &["Nobody"]),
        ("The only proof he has is a blurry photo.", &["The only"]),
        // "no guarantee that" denies the certainty of what follows.
        (
            "There is no guarantee that the peace will last forever.",
            &[],
        ),
        (
            "There is no proof that everyone gains from the tax.",
            &["There is no proof"],
        ),
        (
            "There is no doubt that everyone gains from the tax.",
            &["There is no doubt", "everyone"],
        ),
        // A condition reaches over "and" up to its comma.
        (
            "If the backlog persists and sign-ups never rise, the plan fails.",
            &[],
        ),
        (
            "The backlog persists, and sign-ups never rise if prices stay high.",
            &["never"],
        ),
        (
            "It is a strange argument, if only because he is obviously right.",
            &["obviously"],
        ),
        // "zero" denies as "no" does.
        (
            "There is zero evidence that the tax works.",
            &["There is zero evidence"],
        ),
        ("There is zero excuse for this.", &["There is zero excuse"]),
        ("There was zero evidence of fraud.", &[]),
        // A passive of the present perfect records what was done so far.
        ("The law has never been invoked against a mayor.", &[]),
        ("The clause has always been read narrowly.", &[]),
        ("The country has never been so divided.", &["never"]),
        ("She has never apologized for it.", &["never"]),
        (
            "It feels like everything has always gone wrong.",
            &["always"],
        ),
        ("They kept the graves, as every past mayor has.", &[]),
        (
            "It is the only account of the war worth reading.",
            &["the only"],
        ),
        ("The only senator who can stop it is Hale.", &["The only"]),
    ]);
}

#[test]
fn denials_of_any_link_gerunds_counts_of_kinds_and_a_predicate_all() {
    check(&[
        // "nothing to do with" denies every link, in the past too.
        (
            "The closure had nothing to do with money.",
            &["nothing to do with"],
        ),
        ("The vote has zero to do with safety.", &["zero to do with"]),
        ("They want nothing to do with the plan.", &[]),
        ("It may have nothing to do with money.", &[]),
        (
            "No amount of spin will save this budget.",
            &["No amount of"],
        ),
        (
            "There's zero chance the bill passes.",
            &["There's zero chance"],
        ),
        // "there is no" or "there was no" and a gerund with its object.
        ("There is no stopping him now.", &["There is no stopping"]),
        (
            "By then there was no reversing course.",
            &["there was no reversing"],
        ),
        ("There was no warning before the storm.", &[]),
        ("There is no funding for the program.", &[]),
        ("There was no parking near the hall.", &[]),
        // Present and past take the same boosters.
        (
            "There was simply no stopping him.",
            &["There was simply no stopping"],
        ),
        (
            "There is simply no stopping him.",
            &["There is simply no stopping"],
        ),
        // Knowing or telling before an open question is uncertainty, not a claim.
        ("There is no knowing what comes next.", &[]),
        ("There was no telling what he would do.", &[]),
        ("There's no guessing whether the deal holds.", &[]),
        (
            "There was no telling him anything.",
            &["There was no telling"],
        ),
        // A count of kinds after "only" and a present "be" or "have".
        (
            "There are only two kinds of voters in this town.",
            &["only two kinds"],
        ),
        (
            "There is really only one way to read it.",
            &["only one way"],
        ),
        ("We have only two options left.", &["only two options"]),
        ("The bakery sold only two kinds of bread.", &[]),
        ("There were only two ways out of the valley.", &[]),
        // "it was all …" as a verdict on the whole thing.
        ("It was all theatre and spin.", &["It was all theatre"]),
        ("It's all about the money.", &["It's all about"]),
        ("That's all I know.", &[]),
        ("It was all over by noon.", &[]),
        ("That's all for today.", &[]),
        ("It's all very confusing.", &[]),
        ("It's all about, for me, trust.", &[]),
        // Only a noun of judgement makes the "all" a verdict.
        ("It was all for show.", &["It was all for show"]),
        ("Frankly, it's all their fault.", &["it's all their fault"]),
        ("It is all relative.", &[]),
        ("It was all downhill from there.", &[]),
        ("We checked because this is all legal.", &[]),
        ("It was all new to me.", &[]),
    ]);
}

#[test]
fn hedges_of_several_words_subordinate_negations_and_named_exceptions() {
    check(&[
        ("By and large, no one wants to talk about it.", &[]),
        ("For the most part, everyone agreed.", &[]),
        ("On the whole, nobody complained.", &[]),
        ("In the end, no one wants to talk about it.", &["no one"]),
        // A negation in a subordinate clause stays in it.
        (
            "Because he is not a member, it is nothing more than a stunt.",
            &["nothing more than"],
        ),
        ("It is not fast, cheap or always reliable.", &[]),
        // "other than" names an exception: no count.
        (
            "No one other than the mayor thinks the plan works.",
            &["No one"],
        ),
        ("None of the other candidates spoke.", &[]),
        // A claim set out as a supposition is not the author's.
        (
            "Critics raised the possibility that the deal was inevitable.",
            &[],
        ),
    ]);
}

#[test]
fn shared_experience_and_plain_verbs_of_saying() {
    check(&[
        // "we all" shares an experience or knowledge with the reader.
        ("We all saw the debate last night.", &[]),
        ("We all know how that ended.", &[]),
        ("We are all to blame for this mess.", &["We are all"]),
        // "say" and "tell" report someone else's words.
        ("Critics say nobody reads the reports.", &[]),
        ("Aides tell reporters the plan will never pass.", &[]),
        // The author's own aside, or saying as an act, reports nothing.
        (
            "Needless to say, there is zero evidence for it.",
            &["Needless to say", "there is zero evidence"],
        ),
        ("The council preferred to say and do nothing.", &["nothing"]),
        ("The council chose to say nothing at all.", &["nothing"]),
        // The writer's own asides with "say" or "tell": first person, an infinitive or an
        // imperative, set off or opening the sentence.
        ("Let me tell you, nobody wants this plan.", &["nobody"]),
        ("To tell the truth, nobody wants this plan.", &["nobody"]),
        ("I must say, nobody wants this plan.", &["nobody"]),
        ("I have to say nobody wants this plan.", &["nobody"]),
        ("Suffice it to say, nobody wants this plan.", &["nobody"]),
        ("Say what you will, nobody wants this plan.", &["nobody"]),
        ("They tell us nobody wants this plan.", &[]),
        ("He was quick to say that nobody wants this plan.", &[]),
        (
            "None of us wanted a wall, the mayor said, but we had no choice.",
            &[],
        ),
    ]);
}

#[test]
fn exclusive_adverbs_the_one_that_certainty_idioms_and_spans_of_time() {
    check(&[
        ("The attack is solely about malice.", &["solely"]),
        (
            "He blames the crisis exclusively on immigrants.",
            &["exclusively"],
        ),
        ("The fund is financed solely by fees.", &[]),
        ("The views expressed here are solely hers.", &[]),
        // "the one … that" is "the only".
        (
            "It is the one issue that unites the party.",
            &["the one issue"],
        ),
        (
            "This is the one place where nobody asks questions.",
            &["the one place", "nobody"],
        ),
        ("On the one hand, the plan is cheap.", &[]),
        ("She was the one person who came to the meeting.", &[]),
        ("Another talk to skip is the one in which they argue.", &[]),
        (
            "Dollars to doughnuts the bill fails.",
            &["Dollars to doughnuts"],
        ),
        // A span of time bounds a plan for every case.
        (
            "We will connect every home in the county within a decade.",
            &[],
        ),
    ]);
}

#[test]
fn clearly_said_of_how_well_and_records_of_time_and_age() {
    check(&[
        // "clearly" before a verb of expressing, hearing or remembering says how well.
        ("The goal was clearly expressed in the charter.", &[]),
        ("I clearly remember the night the mill closed.", &[]),
        ("Few in the room clearly heard the warning.", &[]),
        ("Voters must clearly understand what the bill does.", &[]),
        ("She writes clearly about hard subjects.", &[]),
        // Before other verbs it still vouches for the point.
        ("The senator clearly knew about the payments.", &["clearly"]),
        ("This is clearly the worst budget in years.", &["clearly"]),
        // A superlative of time or age with "ever" or "in history" is a record to check.
        (
            "She became the youngest person ever to lead the party.",
            &[],
        ),
        ("It was the longest strike in history.", &[]),
        ("He is the oldest senator ever elected.", &[]),
        // Other superlatives still rank.
        (
            "It was the most shameful vote ever.",
            &["most shameful vote ever"],
        ),
        (
            "It is the worst treaty in history.",
            &["the worst", "in history"],
        ),
    ]);
}

#[test]
fn only_someone_would_or_could() {
    check(&[
        ("Only a fool would sign this deal.", &["Only a fool would"]),
        (
            "It is a plan only the lobbyists could love.",
            &["only the lobbyists could"],
        ),
        (
            "Because only the truly desperate would vote for him, he lost.",
            &["only the truly desperate would"],
        ),
        ("Only he can fix the roads.", &["Only he can"]),
        // No one named, or something else than exclusivity.
        ("Only then will they listen.", &[]),
        ("He only said he could help.", &[]),
        ("Not only would the tax rise, but prices would too.", &[]),
        ("If only we could start again.", &[]),
        ("Only 40 percent can afford a house.", &[]),
        ("Only Congress can raise the limit.", &[]),
        ("Only time will tell.", &[]),
        // Hedged, negated or reported, as any claim.
        ("Perhaps only a fool would sign it.", &[]),
        ("It is not true that only the rich can vote.", &[]),
        ("The senator said only the rich can afford it.", &[]),
    ]);
}

#[test]
fn the_truth_as_a_thing_talked_about_is_no_booster() {
    check(&[
        ("The truth is that the plan failed.", &["The truth is"]),
        ("The fact is, nobody read the bill.", &["The fact is"]),
        ("Now that the truth is out, the talks can begin.", &[]),
        ("His trouble with the truth is one reason he lost.", &[]),
        ("The truth is often duller than the rumor.", &[]),
        // The noun-phrase boosters still vouch after a preposition.
        (
            "It is explained by the simple fact that wages fell.",
            &["the simple fact"],
        ),
    ]);
}

#[test]
fn someone_elses_belief_is_reported_the_authors_own_is_not() {
    check(&[
        (
            "The bank believes poverty can be completely eliminated.",
            &[],
        ),
        ("Everyone, the board believes, wants a raise.", &[]),
        ("He imagined nobody would ever listen.", &[]),
        // "it feels like" is the author's own impression.
        ("It feels like nobody is in charge.", &["nobody"]),
        ("I believe nobody will notice.", &["nobody"]),
        ("We believe the plan is clearly the best.", &["clearly"]),
    ]);
}

#[test]
fn plain_present_reports_groups_at_large_places_in_a_list_and_refusals() {
    check(&[
        // The plain present of a verb of saying reports as "says" does.
        ("Critics argue that the tax will never pay for itself.", &[]),
        ("The tax will never pay for itself, economists warn.", &[]),
        ("Skeptics contend nothing will change.", &[]),
        // The writer's own argument stays a claim.
        (
            "I argue that the tax will never pay for itself.",
            &["will never"],
        ),
        ("The tax will never pay for itself.", &["will never"]),
        // A group at large after a preposition is a figure of speech, not a place claimed.
        ("It was a victory for renters everywhere.", &[]),
        ("That is the dream of parents everywhere.", &[]),
        ("She spoke for women everywhere.", &[]),
        ("Corruption is everywhere in this city.", &["everywhere"]),
        ("Renters everywhere are angry.", &["everywhere"]),
        // A place in a ranked list is a record to check.
        ("It was the third most watched broadcast of all time.", &[]),
        (
            "It was the most watched broadcast of all time.",
            &["of all time"],
        ),
        ("It is the second largest deficit ever.", &[]),
        ("It is the largest deficit ever.", &["largest deficit ever"]),
        // Refusing something, and "little or nothing", deny nothing whole.
        ("The governor would have none of it.", &[]),
        ("The repairs cost little or nothing.", &[]),
        ("The repairs accomplish nothing.", &["nothing"]),
    ]);
}

#[test]
fn reports_read_over_relative_clauses_options_of_manner_and_rules_over_each() {
    check(&[
        // A relative clause without a comma belongs to the words reported.
        (
            "He says there is one kind of voter who definitely benefits.",
            &[],
        ),
        ("The mayor said he would cut the tax that nobody pays.", &[]),
        // Set off by a comma, it is the author's comment.
        (
            "The mayor said he would cut the tax, which will never happen.",
            &["will never"],
        ),
        (
            "There is one kind of voter who definitely benefits.",
            &["definitely"],
        ),
        // "either … or" before a preposition lists ways or times.
        (
            "They all took part, either openly or by keeping quiet.",
            &["They all"],
        ),
        ("The orders lapse, either already or by next month.", &[]),
        (
            "Either we act now or we lose our homes.",
            &["Either we act now or"],
        ),
        // A rule sets the scope of "each and every".
        (
            "A permit would be required for each and every purchase.",
            &[],
        ),
        (
            "Each and every one of them is a crook.",
            &["Each and every"],
        ),
    ]);
}

#[test]
fn a_relative_clause_after_a_plural_picks_out_part_of_the_group() {
    check(&[
        // The universal limits the group to a part: no claim about all of it.
        ("The credit does little for those who get none of it.", &[]),
        ("The fee falls on bids that never go through.", &[]),
        ("Tenants who always pay late lose the deposit.", &[]),
        ("The grant helps the families that have nothing.", &[]),
        // Past the relative clause the main verb's universal still claims.
        ("Voters who never turn out decide nothing.", &["nothing"]),
        // One person described, a group described whole after "be", a comma, a conjunction.
        ("He is a mayor who never keeps his word.", &["never"]),
        ("They are people who never listen.", &["never"]),
        ("The unions, who never compromise, walked out.", &["never"]),
        ("The audit shows that nothing works.", &["nothing"]),
        ("We talked about it—rules that always fail.", &["always"]),
    ]);
}

#[test]
fn a_relative_clause_after_one_person_supposed_describes_no_one_real() {
    check(&[
        // "a" and a noun opening the clause as its subject: a hypothetical person.
        ("A politician who never lies is rare.", &[]),
        (
            "A teenager who never learns to cook will struggle at college.",
            &[],
        ),
        (
            "If a student who never reads gets top marks, the test is broken.",
            &[],
        ),
        (
            "A young reporter who has always had an editor writes better.",
            &[],
        ),
        (
            "An owner who sees everything through the lens of profit is no partner.",
            &[],
        ),
        (
            "The fear is that a child who never plays outside grows up anxious.",
            &[],
        ),
        // Past the relative clause the main verb's universal still claims.
        (
            "A voter who sees everything through party colours learns nothing.",
            &["nothing"],
        ),
        ("A politician who lies never wins.", &["never"]),
        // "that" before a universal subject is a conjunction: the clause is the claim.
        (
            "A sign that nothing works is the queue outside.",
            &["nothing"],
        ),
        // Someone real, described: after "be" or "have", in an apposition, or a group.
        ("He is a mayor who never keeps his word.", &["never"]),
        ("We have a president who never tells the truth.", &["never"]),
        (
            "They hired Cole, a manager who never listens to staff.",
            &["never"],
        ),
        (
            "It festers as a wound that will never heal.",
            &["will never"],
        ),
        ("Politicians never keep their promises.", &["never"]),
    ]);
}

#[test]
fn totality_makes_irregular_participles_verdicts_but_not_finished_work() {
    check(&[
        (
            "The board has completely lost the trust of parents.",
            &["completely lost"],
        ),
        (
            "The lesson of the flood was totally forgotten.",
            &["totally forgotten"],
        ),
        (
            "His motives are entirely misunderstood.",
            &["entirely misunderstood"],
        ),
        // A participle going on to a preposition describes, as a regular one does.
        ("The hikers were completely lost in the fog.", &[]),
        // Work finished or a state measured: how far it went, no verdict.
        ("The old station was completely renovated last year.", &[]),
        ("Both wings of the hospital are now fully funded.", &[]),
        ("The police kept the two marches completely separated.", &[]),
        ("The school was totally rebuilt after the fire.", &[]),
        // A verdict stays one.
        ("The inquiry was totally botched.", &["totally botched"]),
        (
            "The mayor has totally failed the city.",
            &["totally failed"],
        ),
    ]);
}

#[test]
fn words_joined_on_to_a_report_without_a_comma_are_reported_too() {
    check(&[
        ("She said rents would rise and nothing would change.", &[]),
        ("The coach says we must wait and do nothing.", &[]),
        (
            "He argued that fees would climb or that nobody would pay.",
            &[],
        ),
        // A comma before the join, or "but", starts the author's own words.
        (
            "He said the fund would fail, and everyone knows it.",
            &["everyone knows"],
        ),
        (
            "She said it would rise but nothing will change.",
            &["nothing"],
        ),
        (
            "He spoke, to cheers in the hall and undoubtedly in every home.",
            &["undoubtedly", "every"],
        ),
    ]);
}

#[test]
fn a_condition_reaches_over_as() {
    check(&[
        (
            "Unless you see sport as nothing more than a game, the rule matters.",
            &[],
        ),
        ("If rents rise as they always do, tenants will leave.", &[]),
        // Its comma, or a clause-opening word such as "because", still ends it.
        (
            "We lose if we wait because nothing ever changes.",
            &["nothing"],
        ),
        ("If he wins, nobody will vote again.", &["nobody"]),
    ]);
}

#[test]
fn short_regular_pasts_and_going_nowhere_are_records() {
    check(&[
        ("The clause has never been used against a judge.", &[]),
        ("The firm has never been sued over it.", &[]),
        ("The bill went nowhere in the Senate.", &[]),
        // The present and the future still claim.
        ("The bill is going nowhere.", &["nowhere"]),
        ("Good ideas never get used here.", &["never"]),
    ]);
}

#[test]
fn promises_and_someone_elses_words_are_reported() {
    check(&[
        ("The mayor vowed she would never resign.", &[]),
        ("He swore that nothing would change.", &[]),
        ("His aides assure him that he is the greatest.", &[]),
        ("In the coach's words, nobody works harder.", &[]),
        // The author's own promise, and "in other words", are no report.
        ("I promise you nothing will change.", &["nothing"]),
        ("In other words, nobody works harder.", &["nobody"]),
    ]);
}

#[test]
fn the_only_one_picked_out_by_a_record_is_literal() {
    check(&[
        ("The appeal is the only one scheduled for Monday.", &[]),
        ("It is the sole bill passed this session.", &[]),
        ("She is the only candidate endorsed by the union.", &[]),
        // An exclusive course of action, or no participle, still claims.
        ("This is the only way forward.", &["the only way"]),
        (
            "It is the only option offered to voters.",
            &["the only option"],
        ),
        (
            "He is the only candidate who can win.",
            &["the only candidate"],
        ),
    ]);
}

#[test]
fn an_adverb_after_a_verb_of_saying_tells_how_the_writer_speaks() {
    check(&[
        ("To put it plainly, the levy failed.", &[]),
        ("Let me say it clearly: the budget is short.", &[]),
        ("Put bluntly, the tunnel was a waste.", &[]),
        ("To state this frankly, the board erred.", &[]),
        // Still boosters: on their own, after a verb of showing, or away from the verb.
        ("Plainly, the levy failed.", &["Plainly"]),
        (
            "The figures show clearly that the levy failed.",
            &["clearly"],
        ),
        (
            "The tunnel was plainly a waste, to put it mildly.",
            &["plainly"],
        ),
    ]);
}

#[test]
fn a_past_form_after_the_names_a_group_and_is_no_verb_of_the_past() {
    check(&[
        ("The left never listens to farmers.", &["never"]),
        ("The accused always blame the police.", &["always"]),
        // A verb of the past before the universal still records what happened.
        ("The scouts they hired never returned.", &[]),
        ("The council met and never voted.", &[]),
    ]);
}

#[test]
fn a_present_perfect_verdict_is_a_claim_a_passive_record_is_not() {
    check(&[
        ("Every single grant has been a waste.", &["Every single"]),
        ("None of these schemes has been a success.", &["None"]),
        ("Every warden has been corrupt.", &["Every"]),
        // Records of what was (not) done so far.
        ("No one has been charged.", &[]),
        ("All of them have been touring for weeks.", &[]),
    ]);
}

/// The twelfth labelled set's tuning half: "her assertion was still flat wrong" was missed.
/// "flat", "dead", "plain" before a verdict claim totality as "completely" does; before
/// other words they stay plain ("dead calm", "a flat fee").
#[test]
fn flat_dead_and_plain_wrong_are_totality_verdicts() {
    check(&[
        ("Her assertion was still flat wrong.", &["flat wrong"]),
        ("He is dead wrong about the tax.", &["dead wrong"]),
        ("That contention is just plain wrong.", &["plain wrong"]),
        ("The river was dead calm at dawn.", &[]),
        ("The council charges a flat fee for parking.", &[]),
    ]);
}

/// A relative clause set off by commas inside the words reported is an aside: the reported
/// clause goes on after it ("She said the mayor, who runs the city, would never resign").
#[test]
fn a_relative_clause_set_off_inside_a_report_does_not_end_it() {
    check(&[
        (
            "She said the mayor, who runs the city, would never resign.",
            &[],
        ),
        (
            "The lawyer said the judge, who runs the court, will hold all of them to account.",
            &[],
        ),
        (
            "He argued that the board, who he named, will never resign.",
            &[],
        ),
        // The author's comments after a report: not closed before the universal, or set
        // off inside it, or a new clause after the closing comma.
        (
            "The mayor said he would cut the tax, which will never happen.",
            &["will never"],
        ),
        (
            "The mayor said he would cut the tax, which, frankly, is never true.",
            &["never"],
        ),
        (
            "He said the plan would pass, which it did, and nothing will change.",
            &["nothing"],
        ),
        // No report before it: the author's own claim.
        (
            "The mayor, who runs the city, will never resign.",
            &["will never"],
        ),
    ]);
}

/// "not one but two": a count corrected upward is a number to check, not a claim that there
/// is none.
#[test]
fn not_one_but_a_larger_count_is_a_count() {
    check(&[
        ("The town now needs not one but two new bridges.", &[]),
        ("She was elected not once, not twice, but four times.", &[]),
        ("It took not one, but 12 votes to pass it.", &[]),
        ("He lied not once but twice.", &[]),
        // No count after "but": still no exception allowed.
        ("Not one but all of them failed us.", &["Not one"]),
        ("Not one teacher supports this plan.", &["Not one"]),
        (
            "He has not once told the truth, but he lies well.",
            &["not once"],
        ),
    ]);
}

/// Attempts with "to" say what someone works for, as aims do: the universal is its scope.
#[test]
fn an_attempt_to_reach_everyone_claims_nothing_of_all() {
    check(&[
        (
            "The governor is trying to mail a ballot to every voter.",
            &[],
        ),
        ("The council tried to blame everyone but itself.", &[]),
        ("We attempted to reach every family on the list.", &[]),
        // Without "to" the attempts are the claim; a universal outside the aim still claims.
        (
            "They have tried everything and nothing works.",
            &["everything", "nothing"],
        ),
        ("He tries hard, but he always fails.", &["always"]),
    ]);
}

/// "though of course": a booster just after a concessive "though" concedes the point after it.
#[test]
fn a_booster_after_a_concessive_though_concedes() {
    check(&[
        (
            "Growth is strong, though of course critics will dispute the figures.",
            &[],
        ),
        (
            "The plan worked, although certainly the cost was high.",
            &[],
        ),
        // "but of course" and a booster on its own are the author's certainty.
        (
            "Growth is strong, but of course critics will dispute it.",
            &["of course"],
        ),
        (
            "Of course the critics will dispute the figures.",
            &["Of course"],
        ),
    ]);
}

/// "there's no guarantee that …" denies the certainty of all of its clause, "and" included;
/// a mark ends it.
#[test]
fn a_denied_guarantee_reaches_over_and() {
    check(&[
        (
            "There's no guarantee that the mayor and her aides will stay in office forever.",
            &[],
        ),
        (
            "There is no guarantee that the banks or the regulators will always act.",
            &[],
        ),
        (
            "There is no guarantee that it works, and nothing will change.",
            &["nothing"],
        ),
        // Not over a turn, nor into a clause "and" opens with the universal (a review).
        (
            "There is no guarantee that it works and everyone knows the mayor lies.",
            &["everyone knows"],
        ),
        (
            "There is no guarantee that prices fall but they always rise.",
            &["always"],
        ),
    ]);
}

/// "one of the cruelest and most brutal episodes in history": two superlatives joined by
/// "and" keep the part of a group before them, a ranking among a few.
#[test]
fn one_of_two_joined_superlatives_ranks_among_a_few() {
    check(&[
        (
            "The famine was one of the cruelest and most brutal episodes in human history.",
            &[],
        ),
        (
            "She was one of the bravest or most gifted leaders in history.",
            &[],
        ),
        (
            "The famine was the cruelest and most brutal episode in human history.",
            &["in human history"],
        ),
    ]);
}

/// An opening "never before" with the auxiliary put first compares with all earlier history.
#[test]
fn never_before_with_inversion_claims_in_any_tense() {
    check(&[
        (
            "Never before had a mayor so openly defied the council.",
            &["Never before"],
        ),
        (
            "Never before was a budget cut so deeply.",
            &["Never before"],
        ),
        // Not inverted, or not at the clause's start: one fact of the past.
        ("He had never before seen the sea.", &[]),
        ("She never before asked for help.", &[]),
    ]);
}

/// A negation reaches over a list's "or" and, past it, over an "and" inside an earlier item.
#[test]
fn a_negation_reaches_over_a_list_with_and_inside_an_item() {
    check(&[
        (
            "The board did not fund the parks, the pools and the libraries, or a police force second to none.",
            &[],
        ),
        (
            "It was not the roads, the bridges and the tunnels, or anything else.",
            &[],
        ),
        // "and" with no "or" after it opens a clause of its own.
        ("They did not vote and nobody cares.", &["nobody"]),
        (
            "It was not the mayor or the council, and everyone knows it.",
            &["everyone knows"],
        ),
    ]);
}

/// An unlabelled line hung the program: a relative word right after a comma and a
/// quotation mark, bracket or dash ("the mayor, “who …") opened a clause where it stood,
/// and the search for the start of the reported words never stepped back. Each must end.
#[test]
fn a_relative_after_a_comma_and_a_mark_ends_the_search() {
    for text in [
        "She said the mayor, \"who runs the city, would never resign.\"",
        "She said the mayor, (who runs the city, would never resign.",
        "She said the mayor, — who runs the city, would never resign.",
        "She said the mayor,: who runs the city, would never resign.",
    ] {
        let (done, wait) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let d = detector();
            let found = crate::detector::testing::flagged(&d.vocabulary, text, |s| d.detect(s));
            let _ = done.send(found);
        });
        assert!(
            wait.recv_timeout(std::time::Duration::from_secs(10))
                .is_ok(),
            "never ended: {text}"
        );
    }
}

#[test]
fn plain_statements_views_set_out_and_power_idioms_are_not_the_authors_claims() {
    check(&[
        // How plainly someone stated a thing, not the author's certainty.
        (
            "She made it crystal clear that she would veto the budget.",
            &[],
        ),
        (
            "He has made it abundantly clear that he opposes the levy.",
            &[],
        ),
        (
            "They made it completely clear that no vote would be held.",
            &[],
        ),
        ("He's made it perfectly clear that he won't resign.", &[]),
        (
            "The results made it crystal clear that the levy failed.",
            &["crystal clear"],
        ),
        (
            "The science is crystal clear about what is causing the floods.",
            &["crystal clear"],
        ),
        (
            "It is crystal clear that the levy failed.",
            &["crystal clear"],
        ),
        ("The answer is completely clear.", &["completely clear"]),
        // A second adverb joined on before a verb of speech.
        (
            "The minister categorically and emphatically denied the report.",
            &[],
        ),
        (
            "The report is categorically false.",
            &["categorically false"],
        ),
        // The two adverbs end the sentence: no verb to join them to, and no panic.
        ("She was wrong, absolutely and utterly.", &["absolutely"]),
        // A view set out by a verb of proposing or persuading is someone else's.
        (
            "Experience suggests there is only one way out of this mess.",
            &["only one way"],
        ),
        (
            "He needs to convince voters that his plan is the only way.",
            &[],
        ),
        (
            "Her job depends on persuading donors the system is always rigged.",
            &[],
        ),
        (
            "The reformers believed the mythology that everybody is kind.",
            &[],
        ),
        ("The system is always rigged.", &["always"]),
        // "Everything in its power": an idiom of effort, no universal claim.
        (
            "The agency failed to do everything in its power to stop the leak.",
            &[],
        ),
        ("I will do everything in my power to help.", &[]),
        (
            "The agency has ruined everything in the county.",
            &["everything"],
        ),
        // A breakdown of a poll or a population counts within it; a rule's scope.
        ("Voters in every age group despise this bill.", &["every"]),
        ("The site began requiring anyone who posts to log in.", &[]),
        ("Every voter in this town hates the levy.", &["Every"]),
    ]);
}
#[test]
fn everyone_else_names_the_rest_unless_compared_with() {
    check(&[
        ("The merger stacked the market against everyone else.", &[]),
        ("The job of everybody else on the staff is to obey.", &[]),
        ("I was wrong, like everyone else.", &["everyone"]),
        (
            "He thinks he is smarter than everybody else.",
            &["everybody"],
        ),
        ("Everyone in this party lies.", &["Everyone"]),
        // As a subject it claims about all (the outside review).
        (
            "Everyone else in this town knows the council is bought.",
            &["Everyone"],
        ),
        (
            "The senator cheats while everyone else pays.",
            &["everyone"],
        ),
    ]);
}
