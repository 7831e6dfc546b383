//! Table tests of claims with no one's name on them: agentless passives ("it is widely
//! believed"), accusations, unnamed reactions and appeals to common knowledge ("of course").

use super::*;

#[test]
fn flags_agentless_passives_and_common_knowledge() {
    check(&[
        // A vague agent is as good as none; a judgement passed on without its judge.
        (
            "The book is considered by many to be his best.",
            &["is considered"],
        ),
        (
            "The bridge is regarded as the finest in the state.",
            &["is regarded"],
        ),
        (
            "The bridge is considered the finest in the state.",
            &["is considered"],
        ),
        ("The bridge was designed by the city engineer.", &[]),
        (
            "The cliff is believed to be haunted by spirits.",
            &["is believed"],
        ),
        (
            "The cliff is believed by the park service to be unsafe.",
            &[],
        ),
        (
            "It is widely believed that the mayor lied.",
            &["It is widely believed"],
        ),
        (
            "He is widely regarded as the worst governor in decades.",
            &["is widely regarded"],
        ),
        (
            "The group has been labeled a hate movement.",
            &["been labeled"],
        ),
        ("Everyone knows the plan is a scam.", &["Everyone knows"]),
        ("The bridge was built by the state in 1950.", &[]),
        (
            "White House sources say the plan is dead.",
            &["sources say"],
        ),
        ("Pentagon officials said the plan is dead.", &[]),
        ("He is expected to testify on Monday.", &[]),
    ]);
}

#[test]
fn passives_of_accusation_and_finding() {
    check(&[
        ("The mayor stands accused of fraud.", &["stands accused"]),
        ("The firm is suspected of dumping waste.", &["is suspected"]),
        ("The coach was accused of cheating by the league.", &[]),
        ("The well was found to be poisoned.", &["was found"]),
        ("The lost dog was found on Monday.", &[]),
        ("The pill is said to cure colds.", &["is said"]),
        (
            "The park has been described as a disgrace.",
            &["been described"],
        ),
        (
            "It is a view held by many historians.",
            &["held by many historians"],
        ),
        ("The cure is believed by many to work.", &["is believed"]),
        // The writer or reader as subject: an obligation, not a report.
        ("We are supposed to vote on Tuesday.", &[]),
        ("The bread was shown to the judges.", &[]),
    ]);
}

#[test]
fn according_to_vague_reports_and_consensus_passives() {
    check(&[
        // Plain words between "according to" and a vague source.
        (
            "According to media reports, the mayor resigned.",
            &["According to media reports"],
        ),
        (
            "The mayor resigned, according to recent news reports.",
            &["according to recent news reports"],
        ),
        // "the reports" points back to reports the text has named.
        ("According to the reports, the mayor resigned.", &[]),
        // A consensus adverb makes the participle agentless even without "is".
        (
            "The senator, widely seen as a moderate, voted no.",
            &["widely seen"],
        ),
        (
            "The bill, generally believed to be dead, came back.",
            &["generally believed"],
        ),
        ("The singer, widely known as Mo, retired.", &[]),
        ("The wall, widely painted in red, fell.", &[]),
    ]);
}

#[test]
fn capitalised_groups_concessions_and_revealed_passives() {
    check(&[
        // A group written with a capital names no one.
        (
            "Most Americans believe the tax is unfair.",
            &["Most Americans believe"],
        ),
        (
            "The vote, many Catholics think, was rigged.",
            &["many Catholics think"],
        ),
        // A name before the source still names it.
        ("Pentagon officials said the base would close.", &[]),
        // A concession, not an appeal to what all know.
        ("He is no saint, of course, but he did the work.", &[]),
        ("Of course the mayor knew all along.", &["Of course"]),
        // Revealed, emerged: by whom?
        (
            "It was revealed that the agency had read his mail.",
            &["It was revealed"],
        ),
        (
            "It has emerged that the minister knew.",
            &["It has emerged"],
        ),
        (
            "Everyone remembers the night the dam broke.",
            &["Everyone remembers"],
        ),
        (
            "It almost goes without saying that the bill failed.",
            &["goes without saying"],
        ),
        // A statement from a named body names the source of the figure.
        (
            "According to a statement from the ACLU, 4,000 people were held.",
            &[],
        ),
        // "that" after the verb opens another clause: the bishop knowing is no report (the
        // evidence that surfaced is unnamed, since unsourced18).
        (
            "Evidence has surfaced that the bishop knew.",
            &["Evidence has surfaced"],
        ),
    ]);
}

#[test]
fn perfect_and_as_clause_passives_and_certainty_percentages() {
    check(&[
        (
            "It has been documented that the guards lied.",
            &["It has been documented"],
        ),
        (
            "As has been widely reported, the fund is empty.",
            &["As has been widely reported"],
        ),
        (
            "The fund, as was noted last spring, is empty.",
            &["as was noted"],
        ),
        // An agent after the participle names who reported it.
        ("As was reported by the Tribune, the fund is empty.", &[]),
        ("It has been a long winter for the fund.", &[]),
        ("We have been told the wall works.", &["We have been told"]),
        (
            "Few biologists doubt it, and some biologists note the risk.",
            &["some biologists note"],
        ),
        // A degree of certainty, not a share of anything.
        ("She is 100 percent behind the mayor.", &[]),
        (
            "Nearly 100 percent of the grant went to consultants.",
            &["100 percent"],
        ),
    ]);
}

#[test]
fn of_course_before_the_writers_own_concession() {
    check(&[
        ("Of course, my plan will not fix every school.", &[]),
        ("Of course, I am no economist.", &[]),
        ("Of course, the council knew all along.", &["Of course"]),
        (
            "It has transpired that the fund was empty.",
            &["It has transpired"],
        ),
    ]);
}

#[test]
fn reception_by_many_and_groups_that_name_no_one() {
    check(&[
        ("The claim has been widely debunked.", &["widely debunked"]),
        // A participle no other list knows: the sentence is not passed over.
        (
            "After that universally mocked speech, she left the stage.",
            &["universally mocked"],
        ),
        (
            "It was a broadly discredited theory.",
            &["broadly discredited"],
        ),
        // A named judge is a source; a vague one is none.
        ("The film was widely praised by The Times.", &[]),
        (
            "Some in the party fear a rout in the autumn.",
            &["Some in the party fear"],
        ),
        (
            "Many on the left argue the bill goes too far.",
            &["Many on the left argue"],
        ),
        ("Many in the audience laughed.", &[]),
        // What many know, against a name or a plain fact.
        (
            "Its rules are widely known to favour the incumbents.",
            &["are widely known"],
        ),
        ("The river is known to flood in spring.", &[]),
        ("He was called to testify on Monday.", &[]),
        (
            "There is growing evidence that the drug is unsafe.",
            &["There is growing evidence"],
        ),
        (
            "Conventional wisdom says the deal is dead.",
            &["Conventional wisdom says"],
        ),
    ]);
}

#[test]
fn reactions_felt_by_unnamed_people() {
    check(&[
        (
            "The new rule caused an outcry among many.",
            &["outcry among many"],
        ),
        (
            "The bill drew criticism from some lawmakers.",
            &["criticism from some lawmakers"],
        ),
        // A reaction opening the sentence grows, whose it is unsaid.
        (
            "Fears that the bridge is unsafe have grown in recent weeks.",
            &["Fears that the bridge is unsafe have grown"],
        ),
        (
            "Questions have been raised about the contract.",
            &["Questions have been raised"],
        ),
        // Someone's reaction, a crowd with no reaction, a growth that is no reaction's.
        ("The auditor's concerns have grown since June.", &[]),
        // The passive's agent named after "by": the reaction is someone's.
        ("Questions were raised by the auditor about the trip.", &[]),
        ("Fears have been expressed by the mayor.", &[]),
        ("She is one among many candidates.", &[]),
        ("Questions about the growing deficit went unanswered.", &[]),
    ]);
}

#[test]
fn well_before_a_participle_of_an_agentless_passive() {
    check(&[
        (
            "It was well-acknowledged that the heir was the abler son.",
            &["It was well-acknowledged"],
        ),
        (
            "It is well understood that the levee will fail.",
            &["It is well understood"],
        ),
        // No passive: a plain description.
        ("The hall is well lit and well kept.", &[]),
    ]);
}

#[test]
fn evidence_nobody_is_named_for() {
    check(&[
        (
            "There were indications the depot had been closed for weeks.",
            &["There were indications"],
        ),
        (
            "By all indications, the depot is losing money.",
            &["By all indications"],
        ),
        ("The depot indicated its hours on a sign.", &[]),
    ]);
}

#[test]
fn asides_after_there_is_and_talk_or_evidence_as_a_source() {
    check(&[
        // "There was, of course, …" points at a thing, it does not claim one known to all.
        ("There was, of course, the flood of 1998.", &[]),
        ("And there is, of course, the mayor herself.", &[]),
        ("The mayor, of course, knew.", &["of course"]),
        (
            "Despite reports to the contrary, the talks are going well.",
            &["reports to the contrary"],
        ),
        (
            "Rumors that the plant will close have spread.",
            &["Rumors that"],
        ),
        (
            "The mayor ignored mounting evidence that the dam was failing.",
            &["mounting evidence that"],
        ),
    ]);
}

#[test]
fn wishes_and_names_given_are_no_passives_of_report() {
    check(&[
        // "it" before a bare "be": a wish or a command, not a report that it is said.
        ("Never let it be said that the council cannot act.", &[]),
        ("Let it be known that we tried.", &[]),
        ("It is said that the council cannot act.", &["It is said"]),
        // A labelling verb before a name gives the name; before a noun phrase, a verdict.
        (
            "The two bills are dubbed \"Kate's Law\" and \"Safe Streets\".",
            &[],
        ),
        ("The storm was dubbed Hurricane Ida.", &[]),
        ("The operation was billed as Operation Clean Sweep.", &[]),
        (
            "The group has been labeled a hate group.",
            &["been labeled"],
        ),
        (
            "The mayor was branded \"a traitor\" for the vote.",
            &["was branded"],
        ),
    ]);
}

#[test]
fn facts_said_plain_to_anyone_and_names_we_know_things_by() {
    check(&[
        (
            "It should be apparent to anyone who reads the bill that it fails.",
            &["apparent to anyone"],
        ),
        (
            "It is obvious to anybody that the fund is broke.",
            &["obvious to anybody"],
        ),
        // Someone telling everyone is a report of what they said.
        (
            "The mayor made it clear to everyone that she would run.",
            &[],
        ),
        // "what we now know as": the name a thing goes by.
        ("The plan became what we now know as the north wing.", &[]),
        ("We now know the fund was empty.", &["We now know"]),
    ]);
}

#[test]
fn passives_of_record_said_to_recur_without_whose_record() {
    check(&[
        (
            "The risk, which has been documented and explained numerous times, went unmentioned.",
            &["been documented"],
        ),
        (
            "This claim has been debunked many times.",
            &["been debunked"],
        ),
        // A broadcast or a named record is no unnamed one.
        ("The video was shown many times on television.", &[]),
        (
            "The claim has been debunked many times by the county auditor.",
            &[],
        ),
        // The frequency must be in the participle's clause.
        ("The deal was confirmed, and we met many times after.", &[]),
    ]);
}

#[test]
fn of_course_in_a_clause_the_writer_opens_about_themselves_is_an_aside() {
    check(&[
        ("I'm talking, of course, about the river.", &[]),
        ("But I am not saying the plan is perfect, of course.", &[]),
        ("My point, of course, is a narrow one.", &[]),
        // Another subject opens the clause: an appeal to what all know.
        ("The plan, of course, will fail.", &["of course"]),
        ("We know, of course, that the plan failed.", &["of course"]),
        // The writer's clause ended before it.
        ("I'm tired; the plan, of course, will fail.", &["of course"]),
    ]);
}

#[test]
fn a_perfect_with_adverbs_before_been_is_impersonal_too() {
    check(&[
        (
            "It has long been suspected that the vote was rigged.",
            &["It has long been suspected"],
        ),
        (
            "It has often been said that the tax is unfair.",
            &["It has often been said"],
        ),
        // A named agent.
        (
            "It has long been said by the auditor that the tax is unfair.",
            &[],
        ),
        // Adverbs of time inside the passive: still no one named.
        (
            "It was later revealed that the mayor knew.",
            &["It was later revealed"],
        ),
        (
            "It has since been reported that the mayor knew.",
            &["It has since been reported"],
        ),
        (
            "It was subsequently found that the pipes were old.",
            &["It was subsequently found"],
        ),
        (
            "It was later revealed by the auditor that the mayor knew.",
            &[],
        ),
    ]);
}

#[test]
fn a_verdict_on_a_claim_without_its_judge() {
    check(&[
        ("The theory has been debunked.", &["been debunked"]),
        (
            "Most of these rumours have been discredited.",
            &["been discredited"],
        ),
        (
            "Some of the early reports were later corroborated.",
            &["were later corroborated"],
        ),
        (
            "The myth has long been disproven, yet it persists.",
            &["been disproven"],
        ),
        // The judge named, no verdict given yet, the act itself, no verdict at all.
        ("The rumour was debunked by the county health office.", &[]),
        ("This argument can be refuted in a sentence.", &[]),
        ("He refuted the charge in a long letter.", &[]),
        ("The claim has not been corroborated.", &[]),
        ("The claim hasn't been corroborated.", &[]),
    ]);
}

/// unsourced18: evidence said to have come out, and overheard talk, with no name on either.
#[test]
fn evidence_that_surfaced_and_talk_overheard_name_no_one() {
    check(&[
        (
            "Evidence has emerged that the warden ignored the letters.",
            &["Evidence has emerged"],
        ),
        (
            "Last week it came to light that the warden ignored the letters.",
            &["it came to light"],
        ),
        (
            "I have heard people say the clinic will close.",
            &["I have heard people say"],
        ),
        // A negation says there is none; a named speaker is a source.
        (
            "No evidence has surfaced that the warden ignored the letters.",
            &[],
        ),
        ("I heard the warden say the clinic will close.", &[]),
    ]);
}

#[test]
fn of_course_after_a_conjunction_of_concession_concedes() {
    check(&[
        // The writer grants a point against their own case.
        (
            "The record is strong, though of course rivals will dispute it.",
            &[],
        ),
        (
            "The plan saves money, although, of course, the unions object.",
            &[],
        ),
        // "as though" compares: no concession (a review).
        (
            "It looks as though of course the board will win.",
            &["of course"],
        ),
        // "but of course" still appeals to what all are said to know.
        ("But of course the mayor knew all along.", &["of course"]),
        // The conjunction must stand right before the phrase.
        (
            "Though the mayor denies it, the council of course knew.",
            &["of course"],
        ),
    ]);
}

/// unsourced20: a judge named after the complement or by a title before a name, a passive
/// denied by a modal, and a finding in a condition supposed rather than claimed.
#[test]
fn judges_named_late_denials_and_conditions() {
    check(&[
        // The judge named after "as …", or a title before the name.
        ("The militia is regarded as a rebel army by Ankara.", &[]),
        ("The plan was described as a giveaway by Governor Lee.", &[]),
        (
            "The plan was described as a giveaway by the State Department.",
            &[],
        ),
        // "by the" and no name: a time, a standard or a crowd, no judge named.
        (
            "The senator is widely seen as a moderate by the standards of her party.",
            &["is widely seen"],
        ),
        (
            "The reform is widely regarded as dead by the end of the session.",
            &["is widely regarded"],
        ),
        (
            "The move is widely seen as a betrayal by the base.",
            &["is widely seen"],
        ),
        (
            "The charity has been described by veteran journalist Jane Holt as a front.",
            &[],
        ),
        // No judge, a vague one, or a "by" of another verb: still agentless.
        ("The militia is regarded as a rebel army.", &["is regarded"]),
        (
            "The plan is widely seen as a giveaway by many voters.",
            &["is widely seen"],
        ),
        (
            "The charity has been described by some reporters as a front.",
            &["been described"],
        ),
        (
            "The militia is regarded as a group backed by Tehran.",
            &["is regarded"],
        ),
        // Denied by a modal: no report that anyone holds it.
        ("Bullying can't be considered a minor problem.", &[]),
        ("The vote shouldn't be seen as a mandate.", &[]),
        // A condition supposed, not a claim made; "even if" concedes, a comma ends it.
        ("If any other owner thinks he pays them, he is wrong.", &[]),
        ("Unless it's proven that the tests failed, we move on.", &[]),
        (
            "Even if critics say the plan is flawed, it passed.",
            &["critics say"],
        ),
        (
            "If the bill passes, critics say prices will rise.",
            &["critics say"],
        ),
        ("They fear that if they say it, they lose.", &[]),
        // No comma after the condition: the main clause has begun.
        (
            "If the bill passes experts say prices will soar.",
            &["experts say"],
        ),
        (
            "If the plan fails it is widely believed that the mayor will resign.",
            &["it is widely believed"],
        ),
        (
            "If you think about it everyone knows this program has failed.",
            &["everyone knows"],
        ),
        // "if" of a question asked, or after a dash: no condition on the source.
        (
            "She asked him if he had read the allegedly forged memo.",
            &["allegedly"],
        ),
        (
            "It helps if the deal holds - an outcome critics say is unlikely.",
            &["an outcome critics say"],
        ),
    ]);
}

/// unsourced21: a modal passive is the writer's own view or demand over words between the
/// modal and "be" as well.
#[test]
fn a_modal_passive_over_negation_and_adverbs_is_no_report() {
    check(&[
        ("The plan can no longer be seen as a fluke.", &[]),
        ("The meeting should not be considered an endorsement.", &[]),
        ("The vote may well be seen as a rebuke.", &[]),
        ("The plan is widely seen as a fluke.", &["is widely seen"]),
        ("The plan has long been seen as a fluke.", &["been seen"]),
    ]);
}
