//! Table tests of the statistic rule: a specific figure about a social or contested matter
//! with no source in the sentence (or, for a figure after a sourced one, the sentence before).

use super::*;

#[test]
fn flags_statistics_only_without_a_source() {
    check(&[
        // "the United States" is a place, not a source that "states" something.
        ("They paid $400,000 to the United States.", &["$400,000"]),
        (
            "Forty percent of voters now oppose it, and 3,000 people lost their jobs.",
            &["3,000 people"],
        ),
        ("Nearly 60% of voters oppose the plan.", &["60%"]),
        ("The scheme wasted $4 billion.", &["$4 billion"]),
        (
            "According to the 2020 census, 12% of residents are over 70.",
            &[],
        ),
        (
            "A Pew survey found that 60% of voters oppose the plan.",
            &[],
        ),
        ("The bridge is 300 meters long and opened in 1950.", &[]),
        ("Reuters reported that 200 protesters were arrested.", &[]),
        // No digit: the share words, alone or inside a longer word.
        ("Half of all adults are worried.", &["Half of all adults"]),
        ("One in five adults is worried.", &["One in five adults"]),
        ("Two-thirds of voters agree.", &["Two-thirds of voters"]),
        (
            "The o'half of all adults is worried.",
            &["half of all adults"],
        ),
        ("Someone in the office is worried.", &[]),
    ]);
}

#[test]
fn sums_that_size_a_thing_and_market_moves_are_no_statistics() {
    check(&[
        // A sum after "a", "the" or a possessive gives the size of a plan or a deal.
        ("The council approved a $40 million bridge.", &[]),
        ("The state's $2 billion budget gap closed.", &[]),
        (
            "The town spent $40 million on the bridge.",
            &["$40 million"],
        ),
        // Then the next figure in the sentence is looked at.
        (
            "The $9 million plan would move 4,000 families.",
            &["4,000 families"],
        ),
        // A percentage a few words after what a market prices is a price move.
        ("Shares of the bakery chain fell 6 percent on Friday.", &[]),
        ("The stock index closed 2% higher.", &[]),
        ("Rents for families rose 6 percent.", &["6 percent"]),
        // "he said" passes on the figure of a person the text has named.
        ("He said 4,000 workers lost their jobs.", &[]),
    ]);
}

#[test]
fn estimates_and_casualty_figures_without_a_source() {
    check(&[
        ("Nearly 900 detainees refused food.", &["900 detainees"]),
        (
            "Some 4 million people fled the region.",
            &["4 million people"],
        ),
        (
            "Three million refugees crossed the border.",
            &["Three million refugees"],
        ),
        ("Three out of four nurses quit.", &["Three out of four"]),
        // A rank is no count of people or money; a bare "half are" has no people in it.
        ("The state ranked 48th of 50 in school funding.", &[]),
        ("Half are children, and most are sick.", &[]),
        // Sourced, dated, measured or part of a named event.
        ("The census counted 3,000 residents in the town.", &[]),
        ("A Gallup poll found 52% of adults disagree.", &[]),
        ("The wall is 12 feet high and was built in 1961.", &[]),
        ("Three astronauts flew on Apollo 11 in 1969.", &[]),
    ]);
}

#[test]
fn figures_of_the_writers_own_life_and_set_levels_are_no_statistics() {
    check(&[
        ("I have taught 300 students in my career.", &[]),
        ("My family spent $2,000 on repairs last year.", &[]),
        // The writer passing on a figure is still an unsourced statistic.
        ("I think 40 percent of voters are wrong.", &["40 percent"]),
        // A roman numeral or a party letter is not the writer.
        (
            "After World War I, about 300,000 families moved west.",
            &["300,000 families"],
        ),
        // A target, a rate or a tariff is a level set, not a share of people.
        (
            "The central bank's target has been 2 percent for a decade.",
            &[],
        ),
        ("Tariffs could rise to 25 percent next spring.", &[]),
        ("Nearly 40 percent of renters fell behind.", &["40 percent"]),
    ]);
}

#[test]
fn a_pronoun_passes_on_the_figure_of_a_source_named_before() {
    check(&[
        // "It" and "they" point back to the survey or the agency of the sentence before.
        ("It estimated that 2,000 families had left.", &[]),
        ("They found that 40 percent of renters fell behind.", &[]),
        ("Nearly 40 percent of renters fell behind.", &["40 percent"]),
    ]);
}

#[test]
fn the_writers_own_guess_and_posed_figures_are_no_claims() {
    check(&[
        ("I guess some people think the rules are unfair.", &[]),
        ("I suppose that many fans believe the coach will stay.", &[]),
        (
            "Some people think the rules are unfair.",
            &["Some people think"],
        ),
        // A figure in a clause that poses a case is supposed, not stated.
        ("If you could live on $20,000 a year, you would.", &[]),
        ("If the town loses 3,000 jobs, the school will close.", &[]),
        // The case posed ends with its sentence, even one the splitter joined to the next.
        (
            "It is worrying if you vote. 63 percent of women say no.",
            &["63 percent"],
        ),
        (
            "If you consider that 40 percent of renters fell behind, the plan looks weak.",
            &["40 percent"],
        ),
        // "there's" is no possessive: the sum is claimed, not the size of someone's thing.
        (
            "There's $90 million that nobody can account for.",
            &["$90 million"],
        ),
    ]);
}

#[test]
fn citation_markers_point_to_the_source() {
    check(&[
        ("Nearly 40 percent of renters fell behind [PDF].", &[]),
        ("Nearly 40 percent of renters fell behind (link).", &[]),
        ("Nearly 40 percent of renters fell behind [2].", &[]),
        ("Nearly 40 percent of renters fell behind.", &["40 percent"]),
    ]);
}

#[test]
fn a_number_joined_to_a_name_is_no_count() {
    check(&[
        ("COVID-19 patients filled the ward.", &[]),
        ("COVID-19 killed 3,000 residents.", &["3,000 residents"]),
        // A range is still a count.
        ("About 200-300 protesters came.", &["300 protesters"]),
    ]);
}

/// The unsourced-assertion findings of the sentence of `text` starting at byte `start`.
fn flagged_from(text: &str, start: usize) -> Vec<String> {
    let d = built(UnsourcedAssertion::new);
    let s = SentenceContext::new(text, Span::new(start, text.len()), &[], &d.vocabulary);
    d.detect(&s)
        .into_iter()
        .map(|x| x.span.slice(text).to_string())
        .collect()
}

#[test]
fn a_figure_after_a_sourced_figure_in_the_same_paragraph_is_that_sources() {
    let second = "Some 900 families had moved.";
    let with = |first: &str| {
        let text = format!("{first}{second}");
        flagged_from(&text, first.len())
    };
    assert!(with("A county survey found 40 percent of tenants behind on rent. ").is_empty());
    // The figure before is found whatever its case ("Americans", a heading's "Percent").
    assert!(with("A Census Bureau survey counted 4,000 Americans without a home. ").is_empty());
    assert!(with("The County Survey Found 40 Percent Of Tenants Behind On Rent. ").is_empty());
    // A source without a figure, or a figure without a source, covers nothing.
    assert_eq!(with("The county spoke on Monday. "), ["900 families"]);
    assert_eq!(
        with("Nearly 40 percent of tenants are behind on rent. "),
        ["900 families"]
    );
    // Nor does a source in another paragraph.
    assert_eq!(
        with("A county survey found 40 percent of tenants behind on rent.\n\n"),
        ["900 families"]
    );
}

#[test]
fn figures_spelled_in_tens_and_figures_named_over_a_parenthesis() {
    check(&[
        (
            "The fund took money from eighty-seven corporations.",
            &["eighty-seven corporations"],
        ),
        (
            "Some twenty million voters stayed home.",
            &["twenty million voters"],
        ),
        ("Fifty years ago the road was a track.", &[]),
        // The name is the verb's subject over the clause that describes it.
        (
            "Governor Ana Ruiz, who leads the state's response, said 40 patients had died.",
            &[],
        ),
        // Without a name before the parenthesis the figure stays unsourced.
        (
            "The aid, which came late, reached 40 families.",
            &["40 families"],
        ),
        // A document and who keeps it: "held by", "kept by" as "compiled by".
        (
            "Of the files held by the Maple County archive, 88 percent are open.",
            &[],
        ),
        (
            "Of the files in the old archive, 88 percent are open.",
            &["88 percent"],
        ),
    ]);
}

#[test]
fn a_figure_inside_a_quotation_is_its_speakers() {
    check(&[
        ("“We lost 300 jobs in a single week,” the mayor said.", &[]),
        (
            "\"A wrong is no right because a majority support it.\"",
            &[],
        ),
        // Outside the quotation the figure is the writer's.
        (
            "The plant shed 300 jobs, a loss the mayor called “brutal.”",
            &["300 jobs"],
        ),
    ]);
}

#[test]
fn a_speaker_after_an_inverted_verb_or_before_a_day_sources_the_figure() {
    check(&[
        (
            "The cuts will cost 4,000 jobs, said the Institute for Rail Studies.",
            &[],
        ),
        (
            "The utility Norvolt on Tuesday said it would hire 900 workers.",
            &[],
        ),
        (
            "She on Friday told the board that 300 families had left.",
            &[],
        ),
        // Not inverted: "the United States" is what is spoken of, not a speaker.
        (
            "We say the United States should test 3 million people a week.",
            &["3 million people"],
        ),
        (
            "The bridge cost $40 million, the county said on Monday.",
            &[],
        ),
        (
            "On Monday 300 families had left the valley.",
            &["300 families"],
        ),
    ]);
}

#[test]
fn a_figure_someone_plans_offers_or_promises_is_theirs_to_check() {
    check(&[
        ("The mill plans to cut 400 jobs next year.", &[]),
        (
            "The mayor has promised to spend $20 million on the port.",
            &[],
        ),
        ("The county offered $3,000 to every family that moved.", &[]),
        ("She proposed admitting 5,000 refugees a year.", &[]),
        // A plan's effect is a figure to source.
        (
            "The new plan would move 4,000 families.",
            &["4,000 families"],
        ),
        // A plan's name is no plan; the figure after a plan in another clause is stated.
        (
            "Planned Parenthood gets $500 million a year.",
            &["$500 million"],
        ),
        (
            "The mill shed 400 jobs last year, and it plans more cuts.",
            &["400 jobs"],
        ),
    ]);
}

#[test]
fn figures_whose_source_is_named_over_an_adverb_or_a_document() {
    check(&[
        (
            "Gallup also found that 40 percent of renters are behind.",
            &[],
        ),
        (
            "According to an indictment unsealed by federal prosecutors in Ohio, the firm paid $500,000 in bribes.",
            &[],
        ),
        ("Reuters/Ipsos polling shows 60% of voters want a ban.", &[]),
        // A teacher's trial: a body's modelling, findings or assessment is its document.
        (
            "The department's modelling, published alongside the plan, shows a fall of 18 percent in car journeys.",
            &[],
        ),
        (
            "The council's own findings show that 40 percent of the buses ran late.",
            &[],
        ),
        // No source at all: unnamed polling (the vague source is found, the figure with it).
        (
            "Polling shows 60% of voters want a ban.",
            &["Polling shows"],
        ),
        // A name or body before its verb over auxiliaries and adverbs.
        (
            "Governor Ana Ruiz has said that the state may need $125 billion.",
            &[],
        ),
        ("He had also said that 40,000 people died.", &[]),
        // "according to" an article and a name: a named count.
        (
            "About 40,000 people have died, according to a Reuters tally.",
            &[],
        ),
        (
            "About 40,000 people have died, according to an AP count.",
            &[],
        ),
        (
            "About 40,000 people have died, according to many in Washington.",
            &["according to many"],
        ),
        ("About 40,000 people have died.", &["40,000 people"]),
        // A level named right after the percentage: a rate set, not a share of people.
        ("The firm imposed a 25% tariff on imported cars.", &[]),
        ("The firm laid off 25% of its workers.", &["25%"]),
    ]);
}

#[test]
fn a_sum_asked_for_granted_or_frozen_is_a_budget_line() {
    check(&[
        ("Congress approved $2 billion for the new port.", &[]),
        (
            "The governor's demand for $900 million stalled the talks.",
            &[],
        ),
        ("The bill would provide $60 billion in relief.", &[]),
        ("The agency froze nearly $300 million in grants.", &[]),
        ("The city has requested $45 million from the state.", &[]),
        // Only sums: a count of people a program reaches is a figure to source.
        (
            "The program provides meals to 3 million children.",
            &["3 million children"],
        ),
        // A sum in another clause, or a grant's name, is stated.
        (
            "The council approved the plan, and the project wasted $4 billion.",
            &["$4 billion"],
        ),
        (
            "Provide Foundation donors gave $40 million last year.",
            &["$40 million"],
        ),
    ]);
}

#[test]
fn a_day_of_a_month_is_a_date_not_a_count() {
    check(&[
        (
            "On June 20 officials detained 400 migrants.",
            &["400 migrants"],
        ),
        ("The order came on March 3 people said.", &[]),
        ("Since May 12 residents have waited.", &[]),
        // Not after a month: a count.
        ("Since then 12 residents have waited.", &["12 residents"]),
    ]);
}

#[test]
fn a_sum_that_a_granted_thing_brings_is_a_figure_to_source() {
    check(&[(
        "Lawmakers approved new tax cuts expected to add about $900 billion in debt.",
        &["$900 billion"],
    )]);
}

#[test]
fn a_source_over_modifiers_or_forecasting_names_the_figure() {
    check(&[
        (
            "In Gallup's latest weekly tally, 41 percent of voters approve.",
            &[],
        ),
        (
            "The county's own annual figures put the homeless at 3,000 people.",
            &[],
        ),
        (
            "The Retail Federation had forecast 4% growth in sales by 2,000 firms.",
            &[],
        ),
        (
            "Hopkins epidemiologists projected 80,000 deaths by May.",
            &[],
        ),
        // Three words between, or a comma, is too far for an owner.
        (
            "In Gallup's long and winding tally, 41 percent of voters approve.",
            &["41 percent"],
        ),
        // No owner: the tally's figures still need one.
        (
            "In the latest weekly tally, 41 percent of voters approve.",
            &["41 percent"],
        ),
    ]);
}

#[test]
fn a_count_that_is_part_of_a_named_event_is_its_record() {
    check(&[
        (
            "The law changed after the Dunmore school shooting that killed 11 people.",
            &[],
        ),
        ("It was the fire in Leeds where 40 workers died.", &[]),
        (
            "Since the Harlow bombing, in which 9 civilians died, the town has changed.",
            &[],
        ),
        // A toll on its own, or a count after the event's clause, is a figure to source.
        (
            "Gunfire killed 145 people over the weekend.",
            &["145 people"],
        ),
        (
            "After the shooting, 300 families left the town that year.",
            &["300 families"],
        ),
        // A war's or an epidemic's toll is counted and disputed.
        (
            "The war that killed 90,000 civilians is over.",
            &["90,000 civilians"],
        ),
    ]);
}

#[test]
fn a_sum_asked_for_is_a_request_on_record() {
    check(&[
        ("The governor asked Congress for $4 billion in relief.", &[]),
        ("The budget calls for $2 trillion in new spending.", &[]),
        ("The new deal allows for $90 billion in extra outlays.", &[]),
        // Only sums: people asked are a sample, a figure to source.
        (
            "Pollsters asked 1,000 voters, and 600 people said yes.",
            &["1,000 voters"],
        ),
    ]);
}

#[test]
fn the_people_aboard_a_craft_are_the_events_passengers() {
    check(&[
        (
            "The ferry sank in 1994, killing all 850 people on board.",
            &[],
        ),
        ("A jet crashed and 90 people aboard died.", &[]),
        // Not right after the count: a figure to source.
        (
            "About 300 people boarded the ships every day.",
            &["300 people"],
        ),
    ]);
}

#[test]
fn bounds_of_terms_ranks_tallies_and_named_polls_are_no_unsourced_figures() {
    check(&[
        // The bound of a rule's terms, not a count of anything.
        (
            "The rule does not apply to firms with 49 employees or fewer.",
            &[],
        ),
        ("Couples earning $250,000 or more pay the surtax.", &[]),
        (
            "Firms with 49 employees cut hours last year.",
            &["49 employees"],
        ),
        ("People aged 65 or older get the shot first.", &[]),
        // No rule's terms before the figure: "or more" rounds an estimate up.
        (
            "The rule affects 4 million Americans or more.",
            &["4 million Americans"],
        ),
        (
            "The bill would raise taxes on 30 million families or more.",
            &["30 million families"],
        ),
        // A group named by its rank; a share claimed of it is still a figure.
        ("The cuts stay in place for all but the top 2 percent.", &[]),
        (
            "The richest 1 percent now hold 40 percent of the land.",
            &["40 percent"],
        ),
        ("About 2 percent of renters were evicted.", &["2 percent"]),
        // The tally of a recorded vote in a chamber.
        ("Only 62 Republicans voted against the bill.", &[]),
        (
            "Three senators crossed over, voting with 47 Democrats.",
            &[],
        ),
        ("About 62 Republicans stayed home.", &["62 Republicans"]),
        // A name over one or two plain words before its poll or survey.
        (
            "A Harris opinion poll showed 60 percent of voters disagree.",
            &[],
        ),
        // No name: the poll itself is a vague source, and the figure goes with it.
        (
            "A recent opinion poll showed 60 percent of voters disagree.",
            &["recent opinion poll showed"],
        ),
        // A qualifier between is no modifier of the name's: the place names no one.
        (
            "In Ohio new figures put 40 percent of renters behind.",
            &["40 percent"],
        ),
    ]);
}

#[test]
fn estimates_with_no_noun_and_peoples_names_with_a_scale() {
    check(&[
        // A bare estimate with a scale that closes its clause: the span leaves out the comma.
        (
            "The workforce is roughly 152 million, plus migrants.",
            &["roughly 152 million"],
        ),
        (
            "Claims have now reached nearly 40 million.",
            &["nearly 40 million"],
        ),
        // A noun after it that counts no people; the bound of a category.
        ("The rocks are about 3 million years old.", &[]),
        ("Cities with a population of at least 5 million grew.", &[]),
        // A people's name after a count with a scale, by its capital.
        (
            "Between 10 and 12 million Syrians have been displaced.",
            &["12 million Syrians"],
        ),
        ("The band has 3 million fans.", &[]),
        ("Read 1 Corinthians for the verse.", &[]),
    ]);
}

#[test]
fn a_figure_sizing_the_terms_of_a_policy_is_no_statistic() {
    check(&[
        ("The bill includes a 2.1 percent military pay raise.", &[]),
        ("The biggest is the 30 percent tax credit for panels.", &[]),
        // A change in the world after an article is still a figure to source.
        (
            "The city saw a 30 percent increase in homicides.",
            &["30 percent"],
        ),
        // Without an article the level must follow the figure at once.
        (
            "About 30 percent of families claim the credit.",
            &["30 percent"],
        ),
    ]);
}

#[test]
fn the_toll_of_one_event_named_after_the_count_is_no_statistic() {
    check(&[
        (
            "Two people were killed and 24 wounded when a car bomb went off.",
            &[],
        ),
        (
            "Seventeen people were killed in a shooting at the school.",
            &[],
        ),
        // A kind of event, many of them: a toll to source.
        (
            "Some 40,000 people die in car crashes every year.",
            &["40,000 people"],
        ),
        // Too far, or past a comma: another clause.
        (
            "About 900 people lost their homes, long after the fire.",
            &["900 people"],
        ),
        ("Three people were hurt in an explosion at the plant.", &[]),
        ("A gunman killed 24 people in a shooting at the mall.", &[]),
        // No harm between the count and the event: not its toll.
        (
            "Roughly 5,000 people attended rallies after the attack.",
            &["5,000 people"],
        ),
        (
            "Some 3,000 families lost coverage after the attack on the law.",
            &["3,000 families"],
        ),
        (
            "About 200 families moved away after the fire at the mill.",
            &["200 families"],
        ),
        // A share is no toll, whatever the words between.
        (
            "Some 12 percent were displaced after the earthquake.",
            &["12 percent"],
        ),
    ]);
}

#[test]
fn a_source_named_before_passes_on_its_figure() {
    check(&[
        // "the official", "those experts": people the text has named before.
        (
            "Growth will go on, the official said, with 3 percent in 2021.",
            &[],
        ),
        ("Those experts say that 40 percent of tests fail.", &[]),
        // "the United States" is what the experts speak of; the experts source the figure.
        (
            "Those experts say the United States should test 3 million people a week.",
            &[],
        ),
        // Anonymous sources stay anonymous with an article.
        (
            "The sources said that 40 percent of tests fail.",
            &["sources said"],
        ),
        ("Nearly 40 percent of tests fail.", &["40 percent"]),
    ]);
}

#[test]
fn a_sum_granted_after_it_is_a_budget_line() {
    check(&[
        (
            "The loans come on top of $349 billion already allocated by Congress.",
            &[],
        ),
        ("It adds to $5 billion requested by the agency.", &[]),
        // A sum spent, or a verb of granting past a comma, is still a figure to source.
        ("The scheme wasted $4 billion.", &["$4 billion"]),
        (
            "The town spent $40 million, approved or not.",
            &["$40 million"],
        ),
    ]);
}

#[test]
fn a_day_after_a_short_month_name_is_a_date() {
    check(&[
        ("The Sept. 14 storm closed 12 roads.", &[]),
        ("Police arrived after the Dec. 3 riot.", &[]),
        // Without its full stop, or after a word that is no month, a count.
        ("The Oct 12 families left.", &["12 families"]),
        ("After Mr. 40 workers quit.", &["40 workers"]),
    ]);
}

#[test]
fn a_group_pointed_back_to_is_no_new_figure() {
    check(&[
        ("These 30 lawmakers refuse to budge.", &[]),
        ("Those 2 million workers deserve better.", &[]),
        ("Some 30 lawmakers refuse to budge.", &["30 lawmakers"]),
    ]);
}

#[test]
fn one_office_holder_after_the_names_a_source() {
    check(&[
        ("The mayor said that 9,000 residents had lost power.", &[]),
        (
            "The minister told reporters 12 percent of schools would close.",
            &[],
        ),
        // With a count the title names no one; without "the", no one named.
        (
            "Two senators said 40 percent of voters agree.",
            &["40 percent"],
        ),
        ("A mayor once had 9,000 residents.", &["9,000 residents"]),
    ]);
}

#[test]
fn a_sum_a_bill_includes_is_a_budget_line() {
    check(&[
        ("The package includes $600 million for flood control.", &[]),
        ("The measure included $2 billion in border aid.", &[]),
        // A sum the text does not tie to an included line is still a figure.
        (
            "The measure wasted $2 billion in border aid.",
            &["$2 billion"],
        ),
    ]);
}

#[test]
fn a_lawsuit_is_a_source_the_reader_can_check() {
    check(&[
        (
            "The lawsuit accused the owners of draining $3 billion from the firm.",
            &[],
        ),
        (
            "The owners drained $3 billion from the firm.",
            &["$3 billion"],
        ),
    ]);
}

#[test]
fn a_market_opening_the_sentence_prices_its_figures() {
    check(&[
        (
            "Shares of the bakery, which sells mostly online, closed down 4 percent at $52.10.",
            &[],
        ),
        ("Oil futures rose 2% to $71 a barrel.", &[]),
        ("The Dow ended down about 1%.", &[]),
        // The singular opens a share of people; a market named late is another clause.
        (
            "The share of adults without insurance fell to 9 percent.",
            &["9 percent"],
        ),
        (
            "Workers lost $2 billion in wages while shares held steady.",
            &["$2 billion"],
        ),
    ]);
}

#[test]
fn a_percentage_sizing_a_tax_after_it_is_a_rate() {
    check(&[
        ("The state added a 12 percent tax on vaping products.", &[]),
        ("They fought the 35 percent import duty for years.", &[]),
        // A tax before the figure: the figure may be a poll about it.
        (
            "On raising sales taxes, 61 percent said no.",
            &["61 percent"],
        ),
    ]);
}

#[test]
fn the_people_of_a_place_are_its_population() {
    check(&[
        ("They moved to Dover, a town of 38,000 people, in May.", &[]),
        ("The flood hit a county of 90,000 residents.", &[]),
        // Not the place's size: people of it counted doing something.
        (
            "In the county, 9,000 residents lost power.",
            &["9,000 residents"],
        ),
    ]);
}

#[test]
fn a_share_of_the_vote_won_is_an_election_result() {
    check(&[
        ("She won 58% of the vote in the 2014 race.", &[]),
        ("He carried nearly 61 percent of the popular vote.", &[]),
        // A forecast after a modal, or a share of people, is a figure to source.
        (
            "He would win 45% of the vote, the model suggests.",
            &["45%"],
        ),
        ("She won 58% of women.", &["58%"]),
        // The phrase compared word by word: a share of the voters is of people, and the
        // phrase may run over a line break or stand in capitals.
        ("She won 58% of the voters.", &["58%"]),
        (
            "He won 52 percent of the voters in the suburbs.",
            &["52 percent"],
        ),
        ("She won 58% of\nthe vote in the 2014 race.", &[]),
        ("She won 58% Of The Vote in the 2014 race.", &[]),
    ]);
}

#[test]
fn the_rate_of_a_tax_is_set_not_counted() {
    check(&[
        (
            "The plan cuts the corporate income tax rate to 18 percent.",
            &[],
        ),
        ("Some want the top tax bracket at 70 percent.", &[]),
        // A rate of no charge, or a charge before its colon, is a figure to source.
        (
            "The economy grew at a rate of 3.9 percent.",
            &["3.9 percent"],
        ),
        (
            "On raising the sales tax rate: 64 percent of parents objected.",
            &["64 percent"],
        ),
    ]);
}

#[test]
fn a_threat_to_cut_is_the_threatener_s_figure() {
    check(&[
        (
            "The mayor threatened to cut the library's hours by 40 percent.",
            &[],
        ),
        // Without "to", a threat is an effect estimated.
        (
            "The closure threatens 2,500 jobs in the valley.",
            &["2,500 jobs"],
        ),
    ]);
}

#[test]
fn a_tally_for_or_against_is_a_recorded_vote() {
    check(&[
        ("Only 9 senators supported the amendment.", &[]),
        ("Twelve Democrats opposed the bill on Tuesday.", &[]),
        // People of a chamber counted doing something else.
        ("About 40 lawmakers skipped the session.", &["40 lawmakers"]),
    ]);
}

#[test]
fn a_majority_is_no_specific_share() {
    check(&[
        ("A majority of renters want lower rents.", &[]),
        ("The majority of nurses say they are tired.", &[]),
        // A share that is one: a fraction, or a figure beside the majority.
        (
            "Two-thirds of renters want lower rents.",
            &["Two-thirds of renters"],
        ),
        ("A majority, 61 percent, said no.", &["61 percent"]),
    ]);
}

#[test]
fn a_document_a_name_put_out_is_a_source() {
    check(&[
        (
            "The county conducted a study that found 3,000 families were evicted.",
            &[],
        ),
        (
            "Harlow Bank issued a report putting the loss at $40 million.",
            &[],
        ),
        // Nobody named puts it out.
        (
            "Local volunteers did a study, and 3,000 families were evicted.",
            &["3,000 families"],
        ),
    ]);
}

#[test]
fn the_people_a_place_is_home_to_are_its_population() {
    check(&[
        ("Dover, home to 38,000 people, flooded in May.", &[]),
        // Not after "home to": people of it counted doing something.
        (
            "In Dover, 3,000 residents left their homes.",
            &["3,000 residents"],
        ),
    ]);
}

#[test]
fn people_polled_by_a_name_name_the_figure_s_source() {
    check(&[
        ("Half of parents surveyed by Gallup said no.", &[]),
        (
            "Nearly 40 percent of voters polled by the Marist Institute disagreed.",
            &[],
        ),
        // Polled by no one named.
        (
            "Half of parents surveyed by phone said no.",
            &["Half of parents"],
        ),
    ]);
}

#[test]
fn a_sum_a_body_grants_after_it_is_a_budget_line() {
    check(&[
        (
            "It is a fraction of the $90 billion Congress is set to approve.",
            &[],
        ),
        ("The top rate would fall to 33 percent.", &[]),
        // A body after the sum that grants nothing.
        (
            "They lost $40 million Congress never noticed.",
            &["$40 million"],
        ),
    ]);
}

#[test]
fn a_name_after_a_verb_of_saying_is_what_is_said_unless_told_or_inverted() {
    check(&[
        // The people counted think something about a name: no one named counted them.
        (
            "Only 38 percent of voters think Dalton cares about them.",
            &["38 percent"],
        ),
        ("Just 41 percent believe Marsh has a plan.", &["41 percent"]),
        (
            "The crisis has killed 9,000 people, and families hold Halvorsen Chemicals responsible.",
            &["9,000 people"],
        ),
        // Told to a name, or the verb inverted after a comma: the name is the source.
        ("The visitors told Reuters 9,000 residents had left.", &[]),
        ("About 9,000 residents have left, said Carla Ruiz.", &[]),
        // Said to no name, or a name said about: a figure to source.
        (
            "The visitors told the crowd 9,000 residents had left.",
            &["9,000 residents"],
        ),
        (
            "The visitors said Ruiz had seen 9,000 residents leave.",
            &["9,000 residents"],
        ),
    ]);
}

#[test]
fn a_verb_acting_on_the_figure_right_after_it_reports_nothing() {
    check(&[
        (
            "Norway maintains about 4,000 soldiers in the region.",
            &["4,000 soldiers"],
        ),
        (
            "Canada admits more than 400,000 immigrants a year.",
            &["400,000 immigrants"],
        ),
        // The verb reporting a clause, or its figure further on, is the name's report.
        ("Norway admitted that 4,000 soldiers had deserted.", &[]),
        ("Halvorsen maintains the plan will cost 4,000 jobs.", &[]),
    ]);
}

#[test]
fn an_amount_compared_with_a_total_is_a_figure() {
    check(&[
        (
            "The agency deported more people than the three previous administrations combined.",
            &["more people than the three previous administrations combined"],
        ),
        (
            "Norway gave more than Sweden, Finland and Denmark combined.",
            &["more than Sweden, Finland and Denmark combined"],
        ),
        (
            "The firm built more ships than all its rivals put together.",
            &["more ships than all its rivals put together"],
        ),
        // A source named, no total, or the comparison past the sentence's end: no figure.
        (
            "Norway gave more than Sweden, Finland and Denmark combined, the OECD reported.",
            &[],
        ),
        ("Norway gave more than Sweden did.", &[]),
        (
            "Norway gave more than Sweden. Combined, they gave little.",
            &[],
        ),
    ]);
}

#[test]
fn a_verb_that_gives_a_figure_names_its_source() {
    check(&[
        ("Dalton boasted of growth of 4.1 percent.", &[]),
        (
            "The firm reached a deal it values at $10 billion to settle the claims.",
            &[],
        ),
        ("Dalton calculates that 9,000 residents left.", &[]),
        // Only for figures, and only after a name, a pronoun or a body: the country's
        // toll is no report, and a vague source's brag is still vague.
        (
            "The country has recorded 9,000 deaths, the most in the region.",
            &["9,000 deaths"],
        ),
        ("The bridge project will cost 9,000 jobs.", &["9,000 jobs"]),
    ]);
}

#[test]
fn the_people_a_poll_asked_are_its_sample() {
    check(&[
        (
            "It gathered responses from 1,204 adults and independents.",
            &[],
        ),
        ("They interviewed more than 900 voters in three towns.", &[]),
        // What the sample said is a figure still; so is a count of people not asked.
        (
            "It gathered responses from 1,204 adults, and 40 percent of them were renters.",
            &["40 percent"],
        ),
        (
            "They fired more than 900 workers in three towns.",
            &["900 workers"],
        ),
    ]);
}

#[test]
fn a_number_after_a_slash_is_half_of_a_date() {
    check(&[
        ("The fund still pays the 9/11 victims' families.", &[]),
        // A count after a slash standing alone is a figure.
        ("The fund pays / 300 families a month.", &["300 families"]),
    ]);
}

#[test]
fn a_ratio_stated_as_fact_is_a_figure() {
    check(&[
        (
            "Norway takes in four times more refugees than any of its neighbours.",
            &["four times more refugees than"],
        ),
        (
            "Renters are twice as likely to be evicted in winter.",
            &["twice as likely"],
        ),
        (
            "The county spends 3 times as much on roads as on schools.",
            &["3 times as much"],
        ),
        // A ratio with its source named, or "times" of repetition: no figure.
        (
            "Renters are twice as likely to be evicted, the county's survey found.",
            &[],
        ),
        ("She called four times more before he answered.", &[]),
        ("He tried twice before giving up.", &[]),
    ]);
}

#[test]
fn a_name_described_by_what_it_is_names_the_figure() {
    check(&[
        (
            "The Harbour Trust monitoring group said 40 people had been evicted.",
            &[],
        ),
        (
            "The Red Crescent relief agency said 120 families had fled.",
            &[],
        ),
        // People, followers or a plural after the name, or an auxiliary and an adverb
        // before the verb: no one who counted.
        (
            "Trump supporters say 40 percent of the money was wasted.",
            &["supporters say"],
        ),
        (
            "Chicago neighborhoods knew rates of 15 percent unemployment.",
            &["15 percent"],
        ),
        (
            "Lee could reasonably expect 10 percent of the voters to switch.",
            &["10 percent"],
        ),
    ]);
}

#[test]
fn a_body_where_plain_people_are_is_no_source_of_their_figure() {
    check(&[
        (
            "In fact, 90% of students at this school think the ban is unfair.",
            &["90%"],
        ),
        // A vague source the body names, or the body itself speaking: a source.
        (
            "Officials at the department said 40 percent of the money was wasted.",
            &[],
        ),
        (
            "The district said 40 percent of pupils walk to school.",
            &[],
        ),
    ]);
}

/// Trial 5: a made-up count of a service's users ("Around 4,000 riders use the route every
/// week") was not flagged, riders being no statistic noun.
#[test]
fn counts_of_riders_readers_and_other_users_of_a_service() {
    check(&[
        (
            "Around 4,000 riders use the route every week.",
            &["4,000 riders"],
        ),
        (
            "Some 30,000 readers cancelled their subscriptions last year.",
            &["30,000 readers"],
        ),
        (
            "Half of all commuters now drive to work.",
            &["Half of all commuters"],
        ),
        (
            "According to the transit authority, 4,000 riders use the route.",
            &[],
        ),
    ]);
}

/// unsourced18: shares of people written "N in M" with any count first ("eight in ten
/// voters"), not only "one in ten".
#[test]
fn shares_written_as_any_count_in_ten() {
    check(&[
        (
            "Eight in ten parents drive their children to school.",
            &["Eight in ten parents"],
        ),
        ("Today 3 in 4 renters cannot save.", &["3 in 4 renters"]),
        ("Nine in ten nurses work nights, the hospital said.", &[]),
        ("He scored two in ten minutes.", &[]),
    ]);
}

/// unsourced18: a level measured against a record of years is a figure without its
/// number ("the lowest in 33 years"), to be sourced like one.
#[test]
fn a_level_set_against_a_record_of_years_is_a_figure() {
    check(&[
        (
            "Our burglary count is the lowest in 25 years.",
            &["lowest in 25 years"],
        ),
        (
            "Youth unemployment is at its highest level since 1983.",
            &["highest level since 1983"],
        ),
        (
            "The town recorded the fewest births in nearly a century.",
            &["fewest births in nearly a century"],
        ),
        (
            "Evictions fell to the lowest level in three decades, the county said.",
            &[],
        ),
        // Judgements, not levels.
        ("It was the best harvest in 40 years.", &[]),
        ("She is the highest-paid player on the team.", &[]),
    ]);
}

/// unsourced18, trial: money a body found is no finding of research ("found £1.4 million in
/// savings" is like "saved £1.4 million"), so the body is no source for the sum; what a body
/// or a document finds that is not money stays sourced.
#[test]
fn money_a_body_found_is_no_reported_finding() {
    check(&[
        (
            "The council found £1.4 million in savings.",
            &["£1.4 million"],
        ),
        (
            "The ministry found more than $3 million in unspent grants.",
            &["$3 million"],
        ),
        ("The board found 40 percent of pupils walk to school.", &[]),
        ("The audit found $3 million in waste.", &[]),
        (
            "A review by the county found $2 million in unpaid fees.",
            &[],
        ),
    ]);
}

#[test]
fn a_figure_the_writer_looked_up_is_their_own() {
    check(&[
        // The writer found or worked out the figure: theirs to show.
        (
            "I found that a family of four would pay $7,600 for a plan.",
            &[],
        ),
        ("I found a plan for them at $3,700 a year.", &[]),
        (
            "I checked, and the agency spent $40 million on consultants.",
            &[],
        ),
        // A figure the writer passes on stays unsourced.
        (
            "I think 40 percent of voters are undecided.",
            &["40 percent"],
        ),
        ("I believe 3,000 workers were laid off.", &["3,000 workers"]),
    ]);
}

#[test]
fn a_document_put_out_just_now_still_names_its_source() {
    check(&[
        // "just" between the name and the verb of putting out the document.
        (
            "The county just did a study that found 20,000 girls are at risk.",
            &[],
        ),
        (
            "Amnesty just released a report that 3,000 prisoners were tortured.",
            &[],
        ),
        // No name or body before the verb: the figure stays unsourced.
        (
            "Someone just did a study that found 20,000 girls are at risk.",
            &["20,000 girls"],
        ),
    ]);
}

/// unsourced21: "the 1 percent" as a slogan names the rich, no share of anyone; a share
/// again with "of" after it, a figure before a noun.
#[test]
fn the_1_percent_names_a_class_when_its_phrase_ends_there() {
    check(&[
        ("The tax cut was a gift to the 1 percent.", &[]),
        ("The 1% and their lobbyists won again.", &[]),
        ("The 1 percent who own most stocks gained.", &[]),
        (
            "The 1 percent of Americans who own boats vote more.",
            &["1 percent"],
        ),
        ("The 1 percent rise in prices hurt savers.", &["1 percent"]),
        ("Only 1 percent of the funds were spent.", &["1 percent"]),
    ]);
}
