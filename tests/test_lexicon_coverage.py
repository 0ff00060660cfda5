"""Coverage of the curated lexicon (issue 6): opinionated wording is flagged, plain reporting that
shares its words is not, and every curated entry tells the reader what to write instead.

The sentences are the team's own, written to exercise the entries and their look-alikes; none comes
from an evaluation set.
"""

from __future__ import annotations

import pytest

from reader.core import framing, nlp
from reader.core.lexicon import default_lexicon
from reader.resources import resource

CURATED_CATEGORIES = ("label", "loaded", "intensifier", "hedge")


def _flags(text: str) -> list[tuple[str, str]]:
    """``(flagged text, category)`` of the lexical flags of one text read alone, as the app does."""
    doc = nlp.parse(text)
    spans = framing.lexical_flag_spans(text, doc, default_lexicon())
    return [(text[s:e], category) for s, e, category, _ in spans]


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        # epithets for people and groups
        ("The senator's cronies and sycophants packed the hearing.", "sycophants", "label"),
        ("Coastal elites cheered the ruling.", "Coastal elites", "label"),
        ("A handful of paid protesters blocked the road.", "paid protesters", "label"),
        ("The bill was written by Russian asset lobbyists.", "Russian asset", "label"),
        ("The governor's attack dog went after the auditor.", "attack dog", "label"),
        ("The plan was cooked up by a conspiracy theorist.", "conspiracy theorist", "label"),
        # emotive verbs, nouns and adjectives
        ("The mayor railed against the council's budget.", "railed against", "loaded"),
        ("Opponents hit out at the minister over the delays.", "hit out at", "loaded"),
        ("The agency stonewalled reporters for weeks.", "stonewalled", "loaded"),
        ("The committee published a hatchet job on the charity.", "hatchet job", "loaded"),
        ("The reform was a shambolic exercise from the start.", "shambolic", "loaded"),
        ("Critics called the measure an Orwellian intrusion.", "Orwellian", "loaded"),
        ("The council's skulduggery cost taxpayers dearly.", "skulduggery", "loaded"),
        ("The party doubled down on its soft-on-crime agenda.", "soft-on-crime", "loaded"),
        ("The minister hatched a scheme to silence his critics.", "hatched a scheme", "loaded"),
        ("The scheming aide briefed against the minister.", "scheming", "loaded"),
        ("The ruling emboldened the secretive agency.", "emboldened", "loaded"),
        ("Tariffs will cripple local farms.", "cripple", "loaded"),
        ("The mayor called them lawbreakers.", "lawbreakers", "label"),
        ("The governor's cronies brazenly rigged the contract.", "brazenly", "loaded"),
        ("Donors poured money into billionaire tax cuts.", "billionaire tax cuts", "loaded"),
        ("Republican leader Tom Hargrove blasted the plan.", "blasted", "loaded"),
        ("The mandate would destroy jobs across the state.", "destroy jobs", "loaded"),
        ("Voters rejected the socialist agenda.", "socialist agenda", "label"),
        ("MAGA extremists blocked the vote.", "MAGA extremists", "label"),
        ("The grid still runs on dirty energy.", "dirty energy", "loaded"),
        ("Hardworking families will pay the price.", "Hardworking families", "loaded"),
        ("Shelters are bursting at the seams.", "bursting at the seams", "loaded"),
        ("The claim flies in the face of the facts.", "flies in the face of", "loaded"),
        ("He exploited the crisis for political gain.", "for political gain", "loaded"),
        ("The photos of kids in cages shocked viewers.", "kids in cages", "loaded"),
        ("NRA-backed senators blocked the bill.", "NRA-backed", "loaded"),
        ("The bill targets law-abiding gun owners.", "law-abiding gun owners", "loaded"),
        ("Trump slams Democrats over the shutdown.", "slams", "loaded"),
        ("Conservative firebrand Jim Jordan grilled the witness.", "firebrand", "label"),
        ("The billionaire-funded group ran the ads.", "billionaire-funded", "label"),
        ("The senator doubled down on his claims.", "doubled down", "loaded"),
        ("Transphobic lawmakers passed the bill.", "Transphobic", "loaded"),
        ("The senator's bill is dead on arrival.", "dead on arrival", "loaded"),
        ("Republicans assailed the plan on Monday.", "assailed", "loaded"),
        ("The onerous rules hurt small farms.", "onerous", "loaded"),
        ("It was the governor's pet project.", "pet project", "loaded"),
        ("Residents blamed the botched alerts for the delay.", "botched", "loaded"),
        ("Predictably, the senator blamed the press.", "Predictably", "loaded"),
        ("He said safety came first, a claim that rings hollow.", "rings hollow", "loaded"),
        # stop 15: money taken, not earned; inaction cast as complicity; labels of a trade
        ("Drug makers raked in record profits while patients waited.", "raked in", "loaded"),
        ("Insurers jacked up premiums again this spring.", "jacked up", "loaded"),
        ("Regulators looked the other way for a decade.", "looked the other way", "loaded"),
        ("The mayor refused to lift a finger for the tenants.", "lift a finger", "loaded"),
        ("The senator has been cozying up to lobbyists.", "cozying up", "loaded"),
        ("Crime-ridden suburbs wait for more police.", "Crime-ridden", "loaded"),
        ("Tech bros in Silicon Valley cheered the ruling.", "Tech bros", "label"),
        ("Big Labor spent millions on the race.", "Big Labor", "label"),
        ("An activist judge blocked the merger on Monday.", "activist judge", "label"),
        ("The cut gave the economy a sugar high.", "sugar high", "loaded"),
        ("The board rubber-stamped the deal in ten minutes.", "rubber-stamped", "loaded"),
        ("Workers got a pittance for their overtime.", "pittance", "intensifier"),
        # stop 16: compound endings carry the judgement whatever precedes them; labels that end a
        # compound; money, power and concealment idioms
        ("The car-obsessed council voted again.", "car-obsessed", "loaded"),
        ("Brussels-loving ministers signed the pact.", "Brussels-loving", "loaded"),
        ("Climate-denying donors funded the ads.", "Climate-denying", "loaded"),
        ("The eco-fanatics blocked the road.", "eco-fanatics", "label"),
        ("Slumlords are squeezing every last penny out of tenants.", "Slumlords", "label"),
        ("The minister hid the plans in red tape.", "red tape", "loaded"),
        ("The firm got a slap on the wrist for the spill.", "slap on the wrist", "loaded"),
        ("The league let the drug cheats off the hook.", "off the hook", "loaded"),
        ("He told lies about the deal.", "lies", "loaded"),
        ("The chancellor rightly condemned the deal.", "rightly", "loaded"),
        ("The senator chided the press for its questions.", "chided", "loaded"),
        ("Union leaders bemoaned the ruling on Friday.", "bemoaned", "loaded"),
        ("Everyone knows this is the beginning of the end.", "Everyone knows", "intensifier"),
        ("The board poured the money down the drain.", "down the drain", "loaded"),
        # stop 17: officials as paperwork, removal as a purge, bodies that cave or gut
        ("Unelected bureaucrats wrote the rules.", "bureaucrats", "label"),
        ("The minister began a purge of the civil service.", "purge", "loaded"),
        ("The council caved to the lobby within a week.", "caved", "loaded"),
        ("The negotiator caved within a week.", "caved", "loaded"),
        ("The governor took a chainsaw to the budget.", "took a chainsaw to", "loaded"),
        ("Republicans gutted the agency last year.", "gutted", "loaded"),
        ("The bill is a slippery slope, its opponents say.", "slippery slope", "loaded"),
        ("Congress kicked the can down the road again.", "kicked the can", "loaded"),
        ("The unions held the country to ransom.", "held the country to ransom", "loaded"),
        ("Ministers threw their adviser under the bus.", "under the bus", "loaded"),
        ("Hardline union chief Dana Whitfield spoke first.", "Hardline", "label"),
        ("The inquiry is a fishing expedition.", "fishing expedition", "loaded"),
        ("The bill passed in the dead of night.", "in the dead of night", "loaded"),
        ("Critics pounced on the remark.", "pounced", "loaded"),
        # stop 18: policy as theft or violence, ruin, pretence, attitudes, labels
        ("Austerity has gutted the universities.", "gutted", "loaded"),
        ("Speculators hope to bring Turkey to its knees.", "bring Turkey to its knees", "loaded"),
        ("The levy is a smash-and-grab on drivers.", "smash-and-grab", "loaded"),
        ("The cut was dressed up as a saving.", "dressed up as", "loaded"),
        ("Ministers bowed to pressure from the unions.", "bowed to pressure", "loaded"),
        ("The economy is a basket case.", "basket case", "loaded"),
        ("The council rode roughshod over residents.", "rode roughshod over", "loaded"),
        ("Whitehall mandarins drafted the plan.", "mandarins", "label"),
        ("Killjoys want to ban the fireworks.", "Killjoys", "label"),
        # stop 19: propaganda registers (blind sets 26-30): foreign policy, crime, culture war
        ("Administrators at the college caved to the protesters.", "caved", "loaded"),
        ("Overpaid, ungrateful players knelt again on Sunday.", "Overpaid", "loaded"),
        ("Ministers now feign surprise at the figures.", "feign surprise", "loaded"),
        ("Whining about the rules is all they do.", "Whining", "loaded"),
        ("The war hawks want another intervention.", "war hawks", "label"),
        ("The regime-change war left the country in ruins.", "regime-change war", "loaded"),
        ("The mullahs in Tehran tested another missile.", "mullahs", "label"),
        ("Both parties are one uniparty on spending.", "uniparty", "label"),
        ("The agency cooked up the story to justify the raid.", "cooked up", "loaded"),
        ("The children were ripped from their parents at the border.", "ripped from", "loaded"),
        ("The hearing became a media circus.", "media circus", "loaded"),
        ("The board quietly scrapped the rule in March.", "quietly scrapped", "loaded"),
        ("The claim was repeated without evidence on Monday.", "without evidence", "hedge"),
        # stop 19, second round: arts, energy, health, state politics, Islam and terror
        ("Florida's Don't Say Gay law took effect in July.", "Don't Say Gay", "loaded"),
        ("Tax enforcement is being gutted by Republicans.", "gutted", "loaded"),
        ("Climate deniers in Congress gutted the clean energy program.", "gutted", "loaded"),
        ("The central bank caved to pressure from politicians.", "caved", "loaded"),
        ("Lax permitting has let miners leave poisoned streams.", "Lax permitting", "loaded"),
        ("The council has been dragging its feet on the plan.", "dragging its feet", "loaded"),
        ("Hedge funds swooped in to buy the homes.", "swooped in", "loaded"),
        ("The rail line is a train to nowhere.", "train to nowhere", "loaded"),
        ("Big Food spent millions fighting the label rules.", "Big Food", "label"),
        # stop 19, fourth round: straight news with one slanted word
        ("The senator dredged up a decade-old vote.", "dredged up", "loaded"),
        ("The governor flouted the court's order.", "flouted", "loaded"),
        ("Officials admitted the rule was regulatory overkill.", "regulatory overkill", "loaded"),
        ("The bill would add a jobs tax on employers.", "jobs tax", "loaded"),
        # exaggeration and minimisation
        ("The firm paid a whopping sum for the site.", "whopping", "intensifier"),
        ("The grant is a drop in the bucket for the city.", "a drop in the bucket", "intensifier"),
        ("Make no mistake, the scheme will cost jobs.", "Make no mistake", "intensifier"),
        # doubt and scare words
        ("The bogus report was shared widely online.", "bogus", "hedge"),
        ("He left under the guise of a family emergency.", "under the guise of", "hedge"),
        ("The group spread a conspiracy theory about the vote.", "conspiracy theory", "hedge"),
        ("The company's debunked study is still cited.", "debunked", "hedge"),
        ("The pork-laden bill passed the Senate on Friday.", "pork-laden", "loaded"),
        (
            "The bill is an assault on free speech, critics wrote.",
            "assault on free speech",
            "loaded",
        ),
        # the judging senses beside stop 20's literal shields
        ("The senator's incendiary remarks drew a rebuke.", "incendiary", "loaded"),
        ("The launch was an utter disaster.", "utter", "intensifier"),
        ("The visit was a publicity stunt, rivals said.", "stunt", "loaded"),
        ("The tax bill is dead on arrival in the Senate.", "dead on arrival", "loaded"),
        ("He campaigned against the establishment for a decade.", "the establishment", "label"),
        ("The scheme is a failed experiment in central planning.", "failed", "loaded"),
        ("They peddled lies about the vote for months.", "peddled", "loaded"),
        ("Communist China is tightening its grip on the region.", "Communist China", "label"),
        ("The bill is a massive giveaway to donors.", "massive", "intensifier"),
        ("It was a sham trial from the start.", "sham", "loaded"),
        ("Rabid partisans cheered the ruling.", "Rabid", "loaded"),
        # a phrase entry that stops inside a hyphenated word ("radical left" in "left-wing")
        # leaves the shorter entry to match
        ("Radical left-wing lawmakers pushed the wage bill through.", "Radical", "loaded"),
        ("The policy has been a catastrophic mistake.", "catastrophic", "loaded"),
        ("Budget cuts will hamstring the agency for years.", "hamstring", "loaded"),
        ("The crank who runs the site posted again.", "crank", "label"),
        ("The Assad regime bombed the city again on Friday.", "regime", "label"),
        ("The military regime jailed the editors.", "regime", "label"),
        ("Welfare parasites are draining the budget.", "parasites", "label"),
        ("Private equity firms circled the hospital like vultures.", "vultures", "label"),
        ("The bankers are leeches on the economy.", "leeches", "label"),
        ("Private equity vultures swooped on the rural hospital.", "vultures", "label"),
        (
            "Protesters were bussed in from other states, organisers admitted.",
            "bussed in",
            "loaded",
        ),
        ("Woke administrators hid the change from parents.", "Woke", "loaded"),
        (
            'Republicans are under a "reign of terror" from the far right, he said.',
            "reign of terror",
            "loaded",
        ),
        ("The meltdown in the markets wiped out savings.", "meltdown", "loaded"),
        # stop 22: the political senses beside the new nature and stage shields
        ("The swamp fought back against his reforms.", "The swamp", "label"),
        ("Bleeding heart liberals want open borders.", "Bleeding heart liberals", "label"),
        ("The real villain here is the administration.", "real villain", "label"),
        ("Trump vowed to Drain the Swamp in Washington.", "Drain the Swamp", "loaded"),
        ("The policy has unleashed a flood of illegals.", "flood of illegals", "loaded"),
        ("Migrants flooded across the border last month.", "flooded across the border", "loaded"),
        ("The jobs report was a gut punch for the White House.", "gut punch", "loaded"),
        ("The senator's word salad left reporters baffled.", "word salad", "loaded"),
        ("Beijing's wolf warriors lashed out at Canberra.", "wolf warriors", "label"),
        (
            "The mandate is government overreach, plain and simple.",
            "plain and simple",
            "intensifier",
        ),
        # stop 23: a blind probe in the outlet's own voice (farming, sport, weather, courts,
        # business, obituaries, arts, council copy and politics), and the political senses beside
        # the new literal ones
        ("Trump-hating bureaucrats buried the report for months.", "Trump-hating", "loaded"),
        (
            "The senator's fearmongering about wheat prices fooled nobody.",
            "fearmongering",
            "loaded",
        ),
        ("The hatemongering columnist is at it again.", "hatemongering", "loaded"),
        (
            "The so-called experts at the ministry got the harvest forecast wrong again.",
            "so-called experts",
            "hedge",
        ),
        (
            "The supposed report on flood defences has never been published.",
            "supposed report",
            "hedge",
        ),
        (
            "The fine was a mere slap, nothing more than a rounding error for the agribusiness"
            " giant.",
            "nothing more than",
            "intensifier",
        ),
        ("The tax rise is nothing more than a cash grab by the council.", "cash grab", "loaded"),
        ("This is the worst government in history.", "worst government in history", "intensifier"),
        (
            "It was the most corrupt election in the nation's history.",
            "most corrupt election",
            "loaded",
        ),
        (
            "Corrupt career politicians drained the farm budget to pay for their pet projects.",
            "career politicians",
            "label",
        ),
        ("The mayor's puppet council rubber-stamped the deal.", "puppet", "label"),
        ("The clown in the White House has done it again.", "clown", "label"),
        (
            "The governor's circus of a press conference embarrassed the state.",
            "circus of a",
            "loaded",
        ),
        ("The radical left wants to abolish farming as we know it.", "radical left", "label"),
        ("Crooked Hillary deleted the emails.", "Crooked", "label"),
        ("Sleepy Joe mumbled his way through the speech.", "Sleepy Joe", "label"),
        ("The minister's pathetic excuses convinced nobody.", "pathetic excuses", "loaded"),
        (
            "The judge, a notorious soft-on-crime liberal, let the thug walk free.",
            "soft-on-crime",
            "loaded",
        ),
        ("The activist judge gutted the law with a stroke of his pen.", "gutted", "loaded"),
        (
            "The referee's disgraceful decision robbed the team of a deserved win.",
            "disgraceful decision",
            "loaded",
        ),
        (
            "The so-called scientists behind the study have an agenda.",
            "so-called scientists",
            "hedge",
        ),
        (
            "Big Pharma's greedy executives jacked up the price of insulin again.",
            "jacked up",
            "loaded",
        ),
        ("The CEO's obscene pay packet is an insult to workers.", "obscene pay packet", "loaded"),
        ("The tyrant in Moscow sent his thugs to crush the protest.", "tyrant", "label"),
        ("The regime's propaganda machine spewed lies all week.", "propaganda machine", "loaded"),
        ("The globalist elites want to take your farm.", "globalist elites", "label"),
        (
            "The council's ludicrous plan for the bypass is a disaster waiting to happen.",
            "ludicrous plan",
            "loaded",
        ),
        ("The reckless spending spree will bankrupt the county.", "spending spree", "loaded"),
        ("The senator shamefully caved to the farm lobby.", "caved", "loaded"),
        (
            "The critic's review was a vicious hatchet job on a fine young actor.",
            "hatchet job",
            "loaded",
        ),
        (
            "The late billionaire was a ruthless robber baron who crushed his workers.",
            "robber baron",
            "label",
        ),
        ("The witch hunt against the president continues.", "witch hunt", "loaded"),
        ("The tax-and-spend liberals are at it again.", "tax-and-spend liberals", "loaded"),
        ("The MAGA-crazed mob stormed the council meeting.", "MAGA-crazed", "loaded"),
        ("Climate-denying Republicans blocked the flood relief bill.", "Climate-denying", "label"),
        ("Gun-grabbing Democrats want to take your rifles.", "Gun-grabbing", "label"),
        ("The woefully inept health secretary botched the vaccine rollout.", "botched", "loaded"),
        (
            "The deal is a total catastrophe for British farmers, plain and simple.",
            "plain and simple",
            "intensifier",
        ),
        (
            "The government's war on motorists continues with yet another tax.",
            "war on motorists",
            "loaded",
        ),
        (
            "The alleged scientist's laughable claims have been thoroughly debunked.",
            "debunked",
            "hedge",
        ),
        ("He pledged to drain the swamp.", "drain the swamp", "loaded"),
        ("They want to drain the swamp by voting out incumbents.", "drain the swamp", "loaded"),
        ("Critics slammed the plan as reckless.", "slammed", "loaded"),
        ("The audit blasted the agency's accounting.", "blasted", "loaded"),
        ("The president purged dissidents from the party.", "purged", "loaded"),
        ("Erdogan purged thousands of teachers after the coup attempt.", "purged", "loaded"),
        ("Stalin's purges killed millions.", "purges", "loaded"),
        ("The regime of Bashar al-Assad jailed the singer.", "regime", "label"),
        ("The rumourmongers were out in force.", "rumourmongers", "label"),
        ("It was a joke of a trial.", "joke of a", "loaded"),
        ("Voters rejected Crooked Hillary in 2016.", "Crooked", "label"),
        ("The radical agenda of the left is a threat.", "radical agenda", "loaded"),
        ("The senator called the row petty.", "petty", "loaded"),
        # stop 23b: a blind probe in the outlet's own voice on other beats (technology, health,
        # schools, crime, world news, religion, screen and music, transport, energy, space, the
        # military and election counts), and the political senses beside the new literal ones
        (
            "Big Tech's censorship machine silenced yet another conservative voice.",
            "censorship machine",
            "loaded",
        ),
        (
            "The tech giant's army of lobbyists crushed the privacy bill.",
            "army of lobbyists",
            "label",
        ),
        (
            "Hospital bosses slashed nurses' pay while pocketing fat bonuses.",
            "fat bonuses",
            "loaded",
        ),
        (
            "The health secretary's draconian lockdown rules devastated small businesses.",
            "draconian",
            "loaded",
        ),
        ("Woke university administrators cancelled the lecture.", "Woke", "loaded"),
        ("The teachers' union held the children's education to ransom.", "to ransom", "loaded"),
        ("Soft-on-crime prosecutors let violent thugs walk free.", "Soft-on-crime", "loaded"),
        ("The police chief's crusade against protesters has gone too far.", "crusade", "loaded"),
        ("The regime in Pyongyang spewed its usual propaganda.", "spewed", "loaded"),
        ("The globalist elites at the UN want open borders.", "globalist elites", "label"),
        (
            "The Hollywood elite lectured Americans about climate change again.",
            "lectured",
            "loaded",
        ),
        ("The leftist mob at the film festival shouted down the director.", "mob", "label"),
        (
            "The eco-zealots blocking the motorway caused chaos for commuters.",
            "eco-zealots",
            "label",
        ),
        (
            "The minister's disastrous rail policy has left commuters stranded.",
            "disastrous",
            "loaded",
        ),
        ("The Green zealots' war on cars continues.", "war on cars", "loaded"),
        ("Oil barons raked in obscene profits while families froze.", "raked in", "loaded"),
        ("Climate alarmists want to ban gas boilers.", "alarmists", "label"),
        ("The billionaire's vanity project exploded on the launchpad.", "vanity project", "loaded"),
        ("The Pentagon squandered billions on a boondoggle.", "boondoggle", "loaded"),
        ("The warmongers in Washington are pushing for another war.", "warmongers", "label"),
        ("The rigged election was stolen by the radical left.", "rigged election", "loaded"),
        ("The sham recount was a partisan witch hunt.", "witch hunt", "loaded"),
        ("The senator spewed lies about the count.", "spewed", "loaded"),
        ("The extremist preacher's hate-filled sermon shocked the town.", "hate-filled", "loaded"),
        ("The bishops meekly caved to the government's demands.", "caved", "loaded"),
        (
            "Thuggish riot police brutally crushed the peaceful protest.",
            "brutally crushed",
            "loaded",
        ),
        ("The cyber-attack was a blatant act of war by the Kremlin's thugs.", "thugs", "label"),
        ("The election chief's cover-up of the ballot fiasco must end.", "cover-up", "loaded"),
        ("The cult of Trump has taken over the party.", "cult", "label"),
        (
            "The network's propaganda arm spun the story for the president.",
            "propaganda arm",
            "loaded",
        ),
        (
            "The sweeping power grab by the health department alarmed parents.",
            "power grab",
            "loaded",
        ),
        ("The crusading hacks at the tabloid hounded the actress for years.", "hounded", "loaded"),
        ("The mainstream media's lies about the vaccine have been exposed.", "lies", "loaded"),
        (
            "The senator plays the spin doctor for the thugs in the White House.",
            "spin doctor",
            "label",
        ),
        ("The film's director is a corrupt crony of the regime.", "crony", "label"),
        ("The documentary follows the cult of Trump.", "cult", "label"),
        ("Car-brained councillors scrapped the cycle lane.", "Car-brained", "loaded"),
        ("A mob of thugs stormed the council chamber.", "mob", "label"),
        ("The film's leftist backers lost money.", "leftist", "label"),
        ("The musical's producer is a notorious crony of the regime.", "crony", "label"),
        ("The raids are ripping families apart.", "ripping families apart", "loaded"),
        ("The deportation blitz began on Monday.", "deportation blitz", "loaded"),
        ("They waged an assault on voting rights.", "assault on voting rights", "loaded"),
        ("Critics called it a manufactured controversy.", "manufactured controversy", "loaded"),
        ("An invasion of migrants is overwhelming border towns.", "invasion of migrants", "loaded"),
        ("Activists want to let biological men compete.", "biological men", "loaded"),
        ("Democrats are rigging the system.", "rigging the system", "loaded"),
        ("They want every last dime from small businesses.", "every last dime", "intensifier"),
        # stop-23d blind probe (food, travel, housing, money, nature, history, fashion, games,
        # science, strikes, parliament, local stories, transfers, markets): framed copy, and the
        # political sense of the words whose literal sense it took out
        (
            "The union barons are holding the country to ransom with their latest strike.",
            "union barons",
            "label",
        ),
        (
            "Greedy landlords are bleeding tenants dry while the government looks the other way.",
            "bleeding tenants dry",
            "loaded",
        ),
        ("The chancellor's savage cuts will gut pensions for millions.", "savage cuts", "loaded"),
        (
            "Militant union bosses called yet another strike to wreck the summer holidays.",
            "wreck",
            "loaded",
        ),
        (
            "The foodie elites sneer at ordinary families who eat at chain restaurants.",
            "foodie elites",
            "label",
        ),
        ("The Tory regime rammed the bill through parliament without debate.", "regime", "label"),
        (
            "Radical activists hijacked the planning meeting to block new homes.",
            "Radical activists",
            "loaded",
        ),
        (
            "Radical activists hijacked the planning meeting to block new homes.",
            "hijacked",
            "loaded",
        ),
        (
            "The hardline minister doubled down on his cruel migrant crackdown.",
            "cruel migrant crackdown",
            "loaded",
        ),
        (
            "Fat-cat bosses raked in bonuses while the airline stranded passengers.",
            "raked in",
            "loaded",
        ),
        ("The so-called housing reform is a giveaway to developers.", "giveaway", "loaded"),
        (
            "Left-wing firebrand Jo Hart railed against the landlords at the rally.",
            "firebrand",
            "label",
        ),
        ("The woke brigade wants to ban meat from school dinners.", "woke brigade", "loaded"),
        ("Big Food lobbyists watered down the sugar tax.", "Big Food", "label"),
        (
            "The mayor's vanity project is a white elephant that will bankrupt the city.",
            "white elephant",
            "loaded",
        ),
        ("Tech giants are peddling addictive games to children.", "peddling", "loaded"),
        (
            "The regime's propaganda machine churned out lies about the war.",
            "propaganda machine",
            "loaded",
        ),
        ("The PM's cronies pocketed millions from the contracts.", "pocketed", "loaded"),
        ("Eco-zealots glued themselves to the motorway in a stunt.", "Eco-zealots", "label"),
        ("The minister's draconian rules will cripple small farms.", "draconian", "loaded"),
        ("Spineless MPs caved in to the union barons.", "Spineless", "loaded"),
        (
            "The club's billionaire owner bankrolled the transfer in a blatant bid to buy the "
            "title.",
            "blatant",
            "loaded",
        ),
        ("The bank fleeced customers with hidden fees.", "fleeced", "loaded"),
        ("Far-left extremists stormed the council chamber.", "extremists", "label"),
        ("The tax grab will hammer hard-pressed families.", "tax grab", "loaded"),
        ("Climate alarmists want to ban gas boilers.", "alarmists", "label"),
        (
            "The government's shambolic handling of the strikes left commuters stranded.",
            "shambolic",
            "loaded",
        ),
        ("Developers swooped in to cash in on the housing crisis.", "swooped in", "loaded"),
        ("The property tycoon is a notorious slum landlord.", "notorious", "loaded"),
        ("The embattled minister clung to power despite the scandal.", "clung to", "loaded"),
        (
            "The senator's tirade against immigrants was an outrageous attack on families.",
            "tirade",
            "loaded",
        ),
        ("Hordes of migrants crossed the border.", "Hordes", "label"),
        ("The city is infested with drug dealers.", "infested", "loaded"),
        ("Gangs infest the estate.", "infest", "loaded"),
        ("Swarms of reporters descended on the house.", "Swarms of", "label"),
        ("The junta's brutal crackdown left hundreds dead.", "brutal crackdown", "loaded"),
        ("The plan is overwhelmingly popular with voters.", "overwhelmingly", "intensifier"),
        ("A plague of knife crime has gripped the city.", "plague of", "loaded"),
        ("The company's boss is a monstrous bully.", "monstrous", "loaded"),
        ("The senator is a tyrant who jails his critics.", "tyrant", "label"),
        ("The party's radical agenda alarmed voters.", "radical agenda", "loaded"),
        # stop 23e: hyperpartisan opinion columns and blogs, both sides
        ("The soy boys at the magazine cried censorship again.", "soy boys", "label"),
        ("The Repugnicans in the statehouse voted it down.", "Repugnicans", "label"),
        ("Climate cultists glued themselves to the road.", "Climate cultists", "label"),
        ("MAGA cultists will believe whatever he posts.", "MAGA cultists", "label"),
        ("The ghouls in the party cheered the cuts to children's hospitals.", "ghouls", "label"),
        ("The ghoulish senator gloated over the cuts.", "ghoulish", "loaded"),
        ("His rambling answers prove the candidate is senile.", "senile", "loaded"),
        ("The doddering chairman cannot finish a sentence.", "doddering", "loaded"),
        ("It is a brain-dead policy from a brain-dead party.", "brain-dead", "loaded"),
        ("The left is losing its mind over a single tweet.", "losing its mind", "loaded"),
        ("Pundits lost their minds over the verdict.", "lost their minds", "loaded"),
        ("The scandal is a nothing burger cooked up by partisans.", "nothing burger", "loaded"),
        ("Career politicians fed at the public trough for decades.", "public trough", "loaded"),
        ("Councillors kept their noses in the trough all year.", "noses in the trough", "loaded"),
        ("The green agenda would wreck the economy.", "wreck the economy", "loaded"),
        ("Activists preach doom while flying private jets.", "preach doom", "loaded"),
        ("The channel keeps peddling filth to children.", "peddling filth", "loaded"),
        ("The so-called rebel is controlled opposition.", "controlled opposition", "loaded"),
        ("The powers that be will never allow an honest audit.", "powers that be", "loaded"),
        # probe 24b: doubt and exaggeration in the outlet's own voice
        ("The company's version of events simply doesn't add up.", "doesn't add up", "hedge"),
        ("The minister's story does not add up.", "does not add up", "hedge"),
        ("Here is what the banks don't want you to know.", "don't want you to know", "hedge"),
        ("The cuts are a triumph, or so we are asked to believe.", "asked to believe", "hedge"),
        ("We are supposed to believe the files were lost.", "supposed to believe", "hedge"),
        ("The timing of the announcement is no coincidence.", "no coincidence", "hedge"),
        ("The rollout was a total and complete failure.", "total and complete", "intensifier"),
        ("The wall is a complete and utter waste of money.", "complete and utter", "intensifier"),
        ("Never before has a president shown such contempt.", "Never before has", "intensifier"),
        ("The company's apology was too little, too late.", "too little, too late", "intensifier"),
        # probe 24c: trade, tech, religion, unions and royals read alone, both sides
        ("The tech overlords of Silicon Valley sell our data.", "tech overlords", "label"),
        ("Billionaire overlords now decide what we may read.", "Billionaire overlords", "label"),
        ("Our Brussels overlords have ruled on fishing again.", "Brussels overlords", "label"),
        ("The cultural elite sneers at churchgoers.", "cultural elite", "label"),
        ("Sinophobic politicians whipped up fear of a balloon.", "Sinophobic", "loaded"),
        ("Christophobic vandals defaced the chapel.", "Christophobic", "loaded"),
        ("Graduates are drowning in crushing student debt.", "crushing student debt", "loaded"),
        ("Savers face a crushing tax burden under the plan.", "crushing tax burden", "loaded"),
        ("Militant unions shut the railways down again.", "Militant unions", "loaded"),
        ("Hawks in Congress are itching to bomb Iran.", "itching to", "loaded"),
        ("The prince flounced off to California.", "flounced off", "loaded"),
        ("The administration blundered into a trade war.", "blundered into", "loaded"),
        ("Regulators want to strangle American innovation.", "strangle American", "loaded"),
        ("Zealots force their narrow beliefs on other people's children.", "force their", "loaded"),
    ],
)
def test_opinionated_wording_is_flagged(text: str, word: str, category: str) -> None:
    flags = _flags(text)
    hits = [(span, cat) for span, cat in flags if word.lower() in span.lower()]
    assert hits, (word, flags)
    assert any(cat == category for _, cat in hits), (word, hits)


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes of new entries in plain agency copy
        "The rail operator said trains would run on Sunday.",
        "Elite troops were sent to the border on Tuesday.",
        "The company filed its annual proxy statement with regulators.",
        "The railroad reopened after the storm, officials said.",
        "Police arrested two people and recovered a stolen tennis racket.",
        "The hedge fund returned 4 percent in the quarter.",
        "Shares of the firm rose 2 percent to $14.50 in morning trading.",
        "The council approved the budget by a vote of 7 to 2.",
        # British "scheme" (a plan) and a military "offensive" are shielded by neutral entries
        "The company closed its pension scheme to new members.",
        "Supporters of the scheme point to cleaner air in similar schemes elsewhere.",
        "The army launched a ground offensive in the north on Monday.",
        # trade terms and heritage status, not judgements (stop 15's blind sentence set)
        "Brent crude oil rose 2 percent to $81 a barrel on Monday.",
        "The company will spend $2 billion on artificial intelligence systems next year.",
        "Vandals damaged a historic church in the old town overnight, police said.",
        "Large predatory fish such as tuna are most at risk, the study found.",
        "Sonar boats can scan the riverbed through murky water, the coast guard said.",
        # a slap as a noun, coal that is only coal, the points of a game
        "The referee saw the slap and sent the player off.",
        "The plant burned coal until 2019, the company said.",
        "The team scored 12 points in the final quarter.",
        "Russian forces began the invasion of Ukraine in February 2022.",
        "Heavy rain caused a flood across the region, officials said.",
        "The NRA said it would oppose the bill, a spokesman said.",
        "The Freedom Party won 12 seats in the election.",
        "Nadal won 22 grand slams in his career.",
        "The carpenter used a hammer and a torch.",
        "He had a gut feeling about the result.",
        # verbs of attack that are literal in disaster, crime, sports and market copy
        "Wildfires torched 200 homes in the valley, officials said.",
        "A storm hammered the coast on Sunday, cutting power to 40,000 homes.",
        "Fire gutted a warehouse in the port district.",
        "The team hit back with two late goals.",
        "Police fired back after being shot at, the spokesman said.",
        "Yet another storm is expected on Thursday.",
        "The sergeant was charged with dereliction of duty, the Army said.",
        "The company said it would slap a label on every package by June.",
        "The actors used two chairs as props in the play.",
        "The talking points memo was released on Monday.",
        "The roof caved in under the weight of the snow.",
        "Fans queued overnight for the sold-out shows.",
        "The company moved its stock to a new warehouse in Ohio.",
        "CIA operatives were killed in an ambush, the agency said.",
        "Spider-Man snatched $114 million in its first weekend.",
        "The Yankees wasted no time breaking through in the first inning.",
        "She tried to hide behind her lawyer as she left the court.",
        "The circus came to town with three elephants.",
        "The launcher was disguised as a portable generator.",
        "Shady Grove Hospital said it had treated four people.",
        # a lexicon word that is the first word of a longer name is a piece of that name
        "Residents of the Swamp Road estate were evacuated after the river burst its banks.",
        "The warehouse was gutted by fire on Friday.",
        "About 1,000 people came in stifling heat for the march.",
        "He said he would be hard-pressed to veto the bill.",
        "Scammers posing as tax officials targeted families.",
        "The pound flexed its muscle against the dollar.",
        "The flood across the border region displaced 3,000 people.",
        "The tariff dispute sent shockwaves through markets.",
        # pork is food unless the spending is called pork ("pork-laden bill")
        "The restaurant serves shredded pork with garlic sauce.",
        "Pork prices rose 4 percent in October.",
        # an assault on a person is a crime, not a policy framed as an attack
        "He was charged with a physical assault on a college student.",
        # "ethical questions" is the topic of a report, and an offensive is a military operation
        "The report raised ethical questions about his travel on Monday.",
        "Troops prepared offensive action in the north, the ministry said.",
        # "extreme" weighs a view; weather, heat and poverty are extreme in a measured sense
        "Extreme weather damaged harvests across the region.",
        "Schools closed early because of the extreme heat.",
        # stop 16: the literal senses next to the new idioms and endings
        "The body lies under a tarp near the market, police said.",
        "Divers found the wreck of a wartime ship in the bay.",
        "The windshield of the car had caved in, police said.",
        "The energy-hungry plant opened on Monday.",
        # stop 17: a literal hostage-taking, and "held" with a ransom that is no idiom
        "Gunmen held three aid workers hostage, police said.",
        "A chainsaw accident injured two forestry workers on Monday.",
        "The road was cratered by shelling overnight, the army said.",
        "The old water tower caved in after the fire.",
        "The talks were held in the capital to discuss ransom payments.",
        # stop 18: literal senses beside new families, technical and official names, figures
        "The fire gutted the warehouse on Friday.",
        "Fans queued overnight for the sold-out shows.",
        "The state board removed the end-of-course exams, officials said.",
        "Police said the cameras led to 360 arrests, mostly for outstanding warrants.",
        "The club's disciplinary regime is strict, its chairman said.",
        "Parliament passed the amnesty law on Thursday.",
        "The state sued the city on Thursday, alleging that its ordinance was unlawful.",
        "The fertility rate fell to 0.72 last year, the lowest in the world.",
        'The court ruled that the terms "woman" and "sex" in the act refer to biological sex.',
        "Gangs control most of the capital, the United Nations said.",
        "The US destroyer's transit through the strait came days later, the navy said.",
        "The law sets life terms for offences including treason, officials said.",
        "Leaders agreed to use profits from frozen Russian assets to back the loan.",
        "The House charged him with incitement of insurrection on Wednesday.",
        "The session was suspended for hours after rioters entered the Capitol, police said.",
        # stop 20: literal senses found as false alarms in agency copy and single-article reading
        "Investigators said the fire was started with two incendiary devices.",
        "Symptoms include fever, bloody diarrhoea and stomach cramps, the agency said.",
        "The officer was treated for a bloody nose after the arrest.",
        "The treaty provides for the establishment of a joint border commission.",
        "The steroid can stunt a child's growth, doctors warned.",
        "The witness could barely utter her name, the court heard.",
        "The driver was pronounced dead on arrival at the county hospital.",
        "The team hired a new offensive coordinator on Monday.",
        "The gang sold fake passports and fake IDs to migrants, prosecutors said.",
        "Gold and other precious metals rose on Tuesday.",
        "The pipeline carries crude to the coast.",
        "The company stored hazardous chemicals at the site without a permit.",
        "The zoo's exotic animals were moved before the storm.",
        "A bankrupt steel maker agreed to sell its plant on Friday.",
        "The museum is the city's most visited attraction.",
        "She was promoted by her superior in 2019.",
        "He battled cancer for six years before his death.",
        "He is charged with forcible entry and theft.",
        "Police said the pair peddled drugs outside two schools.",
        "The pitcher threw a perfect game on Sunday, the first in a decade.",
        "Troops put down a failed coup attempt in 2016, the government said.",
        "The country emerged from Communist rule in 1989.",
        "Investors sought the most attractive assets in the sale.",
        # stop 20: technical and official senses from the team's plain-copy sets
        "Surgeons performed a radical prostatectomy on Monday, the hospital said.",
        "A scan confirmed a massive pulmonary embolism, and doctors gave clot-dissolving drugs.",
        "The driver was charged with reckless driving after the crash, police said.",
        "She was found not guilty by reason of insanity, the court ruled.",
        "Prosecutors said the adviser ran a Ponzi scheme for a decade.",
        "West Texas Intermediate, a light sweet crude, settled 42 cents lower.",
        "The blank-check company raised $250 million in its listing.",
        "The wing spar underwent destructive testing at the laboratory.",
        "The hurricane centre said the storm could cause catastrophic damage near the coast.",
        "The guard was ejected after a flagrant foul in the fourth quarter.",
        "Feral hogs cause billions of dollars in damage to farms each year.",
        "Health officials said a rabid raccoon bit a dog in a backyard on Sunday.",
        "The tunnel boring machine reached the new station on Monday.",
        "He will miss two matches with a hamstring injury, the club said.",
        "The pill is taken daily as part of a three-drug regime.",
        "Historians described how Nazi officials removed the paintings in 1937.",
        "Delegates agreed to strengthen the non-proliferation regime built around the treaty.",
        "The court ruled that conditions amounted to inhuman and degrading treatment.",
        "The treaty caps launchers for strategic offensive arms at 700.",
        "Year 11 pupils will sit mock exams in December, the head teacher said.",
        "Schools in the most deprived areas will receive extra funding per pupil.",
        "Officials counted 4,212 spoiled ballots, about 1 percent of the total.",
        "The resolution authority said the failed bank's deposits would move on Monday.",
        "The regulator's safety case covers core meltdown scenarios.",
        "The commission alleged in court filings that the lender misled farmers.",
        "Vultures are scavengers that feed mainly on carcasses, the survey found.",
        "A field survey found that parasites had infected a fifth of the frogs.",
        "Landowners may control certain vermin without a licence under the act.",
        "A man was charged after an incident on a bus in Coldharbour Lane.",
        "A delivery driver admitted careless driving after the crash and was fined.",
        "He was jailed for possession of an offensive weapon in a public place.",
        "The family woke to a smoke alarm shortly before the fire spread.",
        "Inspectors found fish parasites in samples from the hatchery.",
        # stop 22: a swamp, a plant and a stage villain, in nature, garden and arts copy
        "Volunteers waded into the swamp to count frogs on Saturday, the trust said.",
        "Alligators live in the swamp near the road, rangers said.",
        "Volunteers plant bleeding heart and foxgloves in a shady corner of the square.",
        "The bleeding heart flowered early in the shade garden this year.",
        "She will sing the villain in the new opera, the company said.",
        "He was cast as the villain in the school play.",
        "Officials said a flood of complaints had reached the office by Monday.",
        "The boxer took a gut punch in the third round and was counted out.",
        "The film Wolf Warrior 2 broke box-office records in China in 2017.",
        # a speaker's own verbs inside a quotation are not the outlet's reporting verb
        '"I insist on a recount," the candidate said on Monday.',
        # stop 23: a blind probe of plain copy in the registers probed least, each sentence
        # using a loaded-looking word in its literal sense or inside a name
        "The county drained the swamp in 1921 to create farmland, the historical society said.",
        "The House passed the Drain the Swamp Act by 232 votes to 198 on Thursday.",
        "Farmers said the spring flood had washed out roads and drowned young lambs.",
        "Locusts invaded the valley in March, destroying about a third of the wheat crop.",
        "The invasion of fall armyworm has spread to 14 provinces, the farm ministry said.",
        "A red-tailed hawk nested on the grain silo for a second year, the owner said.",
        "Toxic algae in the reservoir forced the council to ban swimming until August.",
        "The co-operative said the drought had crushed sugar beet yields across the region.",
        "Beef prices surged 12 percent in the quarter as herds shrank.",
        "The ministry will purge diseased trees from the orchards to stop the blight spreading.",
        "Storm Ciara flooded hundreds of homes and cut power to 40,000 customers.",
        "The wildfire torched more than 2,000 acres before crews contained it on Sunday.",
        "Hail blasted crops and shattered greenhouse panes across the county.",
        "The hurricane slammed into the coast as a Category 4 storm early on Wednesday.",
        "The government declared a state of emergency as the flood crisis deepened.",
        "Forecasters warned of a storm surge of up to three metres along the coast.",
        "The earthquake flattened villages in the mountains and killed at least 40 people.",
        "City United crushed Rovers 5-0 to go top of the table.",
        "The striker slammed home a volley in the 89th minute to win the match.",
        "Rain washed out the second day of the Test at Lord's.",
        "The quarterback was sacked four times in the first half.",
        "The Hawks beat the Celtics 112-104 in Atlanta on Friday.",
        "The champion was knocked out in the third round of the tournament.",
        "Fans invaded the pitch after the final whistle, and the club was fined.",
        "The virus spread rapidly through care homes in the first wave, the study found.",
        "The drug attacks the cancer cells while sparing healthy tissue, researchers said.",
        "Surgeons performed a radical mastectomy on the patient, the hospital said.",
        "The video went viral, drawing 20 million views in two days.",
        "The immune system launches an assault on the body's own joints in rheumatoid arthritis.",
        "Researchers said the bacteria invade the gut lining within hours.",
        "Scientists found toxic levels of lead in the children's blood samples.",
        "The clinical trial was halted after an outbreak of infections on the ward.",
        "The court sentenced the man to 12 years for the attack on a pensioner.",
        "The jury heard that the defendant had threatened to torch the shop.",
        "The judge said the regime of bail conditions would remain in place.",
        (
            "Prosecutors said the fraud was a pyramid scheme that took 3 million dollars from"
            " investors."
        ),
        "The appeals court struck down the law on Tuesday.",
        "The defendant was found guilty of war crimes by the tribunal in The Hague.",
        "Shares of the carmaker plunged 18 percent after it cut its forecast.",
        "Oil prices surged after the pipeline attack, traders said.",
        "The bank's shares crashed on Monday, wiping out 4 billion dollars in value.",
        "The company said it would purge old customer data under the new privacy rules.",
        "Investors fled to safe havens as markets tumbled.",
        "The chain said sales had exploded over the holiday season.",
        "The board adopted a poison pill to fend off the hostile takeover bid.",
        "She died on Tuesday after a long battle with cancer, her family said.",
        "He fought in the war in Korea and later ran a bakery for 40 years.",
        "A crusader for public libraries, she founded 12 branches in the county.",
        'The critic called the production "a circus of bad ideas" in her review.',
        "The museum's new show explores the history of the circus in Europe.",
        "The council voted 7-2 to approve the new car park.",
        "The council said the swamp behind the school would be fenced off for safety.",
        "The Kremlin has used the new law to silence opponents and jail journalists.",
        "Eight years of civil war destroyed the economy and emptied the cities.",
        "Engineers drained the swamp behind the airport in 1962.",
        "Members agreed to torch the old barn as a fire brigade training exercise.",
        "The minutes record that the meeting was adjourned after a storm cut the power.",
        "The Senate majority leader threatened to use the nuclear option to change the rules.",
        "The radical new design uses half the concrete of a standard bridge.",
        "The army launched an invasion of the island in 1974.",
        "The door slammed shut behind him.",
        "Rockets blasted off from the pad at dawn.",
        "The bank purged thousands of dormant accounts.",
        "The fishmonger on the high street closed on Friday.",
        "Senators debated the Drain the Swamp Act on Monday.",
        "He was convicted of petty theft in 2019 and fined.",
        "The clerk took money from the petty cash box, the court heard.",
        "Petty Officer Jones said the ship sailed at dawn.",
        # stop 23b: a blind probe of plain copy on other beats, each sentence using a
        # loaded-looking word literally: parts in fiction, cult films, crowds that mob a star
        "Streep plays a tyrant in the new film.",
        "The novel's hero is a thug who becomes a priest.",
        "The musical follows a propaganda officer who falls in love.",
        "The band has a cult following in Japan.",
        "The 1980s cult classic returns to cinemas in May.",
        "Fans mobbed the striker at the airport.",
        "Her dystopian novel won the prize in 2019.",
        (
            "Hackers attacked the hospital's computer network on Sunday, forcing staff to"
            " cancel operations."
        ),
        "The company said a bug in its payment software had charged some customers twice.",
        "A computer virus spread through the ministry's email system, officials said.",
        "The ransomware attack encrypted files at 300 schools, the agency said.",
        "The firm patched the flaw after researchers showed how to hack the camera remotely.",
        "The phone maker slashed prices on its older models ahead of the launch.",
        "Shares of the chipmaker soared 25 percent after it raised its forecast.",
        "The outage caused chaos at airports as check-in systems went down.",
        "Security researchers said the malware was linked to a state-backed hacking group.",
        "The storage firm said a worm had infected thousands of unpatched servers overnight.",
        "The hospital said the outbreak of measles had been brought under control.",
        "Nurses staged a 48-hour strike over pay, the union said.",
        "Heart attacks fell 8 percent after the smoking ban, the study found.",
        "The drug slashed the risk of a second stroke by a third in the trial.",
        "The flu virus is mutating faster than expected, health officials said.",
        "The emergency department was overwhelmed during the heatwave, the hospital said.",
        "He was treated for a crushing injury to his left hand.",
        "The cancer had spread aggressively to the patient's liver, doctors said.",
        "The clinic treats patients with extreme obesity and type 2 diabetes.",
        "The university cut 200 jobs after its income plunged.",
        "Pupils sat their exams in temporary classrooms after a fire gutted the main building.",
        "The elite university admitted 1,600 students this year from 40,000 applicants.",
        "The board approved sweeping changes to the maths curriculum on Tuesday.",
        "The school was closed after a bomb threat, police said.",
        "The professor's lecture on the French Revolution drew a crowd of 300.",
        "Thieves smashed the shop window and fled with watches worth 50,000 pounds.",
        "The gang used hammers to break into the jewellery store, prosecutors said.",
        "Officers found explosive material in the suspect's garage.",
        "The suspect flew into a rage and stabbed his neighbour, the court heard.",
        "Police launched a manhunt after the prisoner escaped from the van.",
        "The man was arrested on suspicion of road rage after the crash.",
        "The victim was battered with a baseball bat, the prosecutor said.",
        "The two countries signed a sweeping trade agreement in Geneva on Friday.",
        "Ambassadors from 20 countries walked out of the speech in protest.",
        "The president's visit was cut short after a storm grounded his plane.",
        "The country will expel three diplomats accused of spying, the foreign ministry said.",
        "The ceasefire collapsed after a day, both sides said.",
        "The envoy said the talks had reached a crucial stage.",
        "The pope called for an end to the fighting in his Easter address.",
        "The cathedral roof was gutted by fire in 2019 and has since been rebuilt.",
        "Thousands of pilgrims travelled to Mecca for the hajj.",
        "The Salem witch trials of 1692 led to the execution of 20 people.",
        "The exhibition traces the Crusades from 1096 to the fall of Acre.",
        "Children dressed as witches and ghosts for the Halloween parade.",
        "The preacher's sermon on forgiveness drew a full congregation.",
        "The band's new album soared to the top of the charts.",
        "The horror film follows a cult in rural Sweden.",
        "The series ends with a dramatic explosion at the factory.",
        "The singer's fans mobbed her car outside the venue.",
        "The documentary examines Soviet propaganda posters from the 1930s.",
        "The sitcom was axed after three seasons, the network said.",
        "The film's villain is a corrupt police chief.",
        "The drama became a cult hit after it was added to the streaming service.",
        "The actor plays a spin doctor in the political satire.",
        "The train derailed in heavy rain, killing three passengers.",
        "The crash caused chaos on the motorway for most of the afternoon.",
        "Fares will soar by 5 percent in January, the rail operator said.",
        "The disaster at the level crossing killed seven people in 1968.",
        "The ferry company slashed its timetable after fuel prices rose.",
        "The lorry's brakes failed on the hill, investigators found.",
        "The coach overturned on the icy road, injuring 14 people.",
        "Oil prices plunged after producers agreed to raise output.",
        "The power station was shut after an explosion in the turbine hall.",
        "The wind farm produced a record amount of electricity during the storm.",
        "The gas field was hit by a drone attack, the operator said.",
        "Energy prices hit an all-time high in August.",
        "The rocket exploded shortly after lift-off, scattering debris over the sea.",
        "The probe will hammer into the asteroid at 6 kilometres a second.",
        "The solar storm disrupted satellite signals for several hours.",
        "The telescope captured images of a violent collision between two galaxies.",
        "The army moved 40 tanks to the border by rail over the weekend.",
        "Troops unloaded crates of explosives at the port, the ministry said.",
        "Elite troops were flown in to secure the airport.",
        "The convoy came under attack near the border, the army said.",
        "The navy's supply ships refuelled three destroyers at sea.",
        "Turnout soared to 78 percent, the highest since 1992, the electoral commission said.",
        "Turnout plunged to 31 percent in the local elections.",
        "The recount confirmed the mayor's win by 12 votes.",
        "The candidate won a crushing victory with 71 percent of the vote.",
        "Ballots will be hand-counted in three districts after the scanners failed.",
        "The party suffered a crushing defeat in its former heartlands.",
        '"The whole thing is a disaster," said Ann Lee, who runs the bakery.',
        "An unexploded bomb from the Second World War was found on the building site.",
        "The data breach exposed the records of 2 million patients.",
        "The spin bowler took five wickets on the final day.",
        "Patients on the new treatment regime recovered faster, the study found.",
        "The hunt for the missing climber was called off at dusk.",
        "Elite athletes will be tested for the virus every day of the games.",
        "The late queen's coffin will lie in state for four days.",
        "The hacker was jailed for five years for stealing card data.",
        "The vaccine triggered an aggressive immune response in mice.",
        "The storm hammered the coast with winds of 100 miles an hour.",
        "The pound plunged to a record low against the dollar.",
        "The recount was ordered after the margin fell below 0.5 percent.",
        "The polling station ran out of ballot papers at 6 p.m.",
        "The helicopter crashed during a training exercise, killing two crew.",
        "Militants stormed the hotel and took guests hostage.",
        "The monks at the monastery brew their own beer.",
        "The parish priest was defrocked in 2004 after a church inquiry.",
        "The launch was scrubbed because of high winds.",
        "Hospital waiting lists soared to a record 7.6 million.",
        "Police seized an arsenal of weapons from the house.",
        "Rioters torched cars in the suburb overnight.",
        "The burglar ransacked the flat while the family was on holiday.",
        "The school's elite rowing squad won the national title.",
        "The headteacher said the school would crack down on mobile phones.",
        "The video game was pulled from sale after a glitch erased players' progress.",
        "The opera tells the story of a tyrant who poisons his brother.",
        "The film is set in a dystopian future where the state controls the news.",
        "The presenter was sacked over a post on social media.",
        "The tornado tore through the town, destroying 200 homes.",
        "The blaze gutted the church hall on Saturday night.",
        "Sales of electric cars soared to a record in March.",
        "The soldiers were ambushed as they unloaded supplies near the front.",
        "The trial found the drug cut deaths from sepsis by a quarter.",
        "The tanker was seized by commandos off the coast.",
        "The fox hunt met on Boxing Day, the organisers said.",
        "The satellite burned up on re-entry over the Pacific.",
        "The teenager was radicalised online, the court was told.",
        "The lecturer was sacked after a student complained, the tribunal heard.",
        "The driver had been drinking before the crash, the inquest heard.",
        "Historians studied the invasion of Normandy in 1944.",
        "Crews were rigging the stage for the concert.",
        "The court ruled on affirmative action in June.",
        "The platform said it removed 2 million fake accounts and fake profiles.",
        "Regulators fined sellers who posted fake reviews.",
        # stop-23d blind probe: the same registers in plain copy, words with a loaded and a
        # literal sense used literally (weather, schedules, pests, dinosaurs, design, votes)
        "Diners queued for two hours outside the new ramen bar on its opening night.",
        "The chef, who trained in Lyon, uses liberal amounts of butter in her sauces.",
        "The bakery's monster cinnamon rolls sell out by 9 a.m. most Saturdays.",
        "Inspectors found the kitchen infested with cockroaches and closed it for a week.",
        "The abattoir slaughters about 2,000 pigs a week for supermarkets in the region.",
        "Shoppers swarmed the market stalls when the first strawberries of the season arrived.",
        "The burger chain said it would cut salt in its fries by a fifth.",
        "The festival's street food is a savage test of the stomach, one vendor joked.",
        "Airlines warned of a brutal summer schedule as air traffic controllers retire.",
        "The hotel lobby was redesigned by the architect who restored the opera house.",
        "Travellers to the island must declare fresh fruit to stop invasive pests.",
        "The cruise line cancelled the voyage after norovirus swept through the ship.",
        "The airport's new terminal will handle 20 million passengers a year, the operator said.",
        "House prices rose 0.4% in March, according to the Nationwide index.",
        "Conservative estimates put the shortfall at 150,000 homes a year.",
        (
            "The developer plans 300 homes on the site of the old gasworks, where soil is "
            "contaminated with toxic chemicals."
        ),
        "Mortgage rates have fallen for a third consecutive week, brokers said.",
        "Progressive taxation means higher earners pay a larger share of their income.",
        "Savers should check whether their bank passes on rate rises, the consumer group said.",
        "The pension fund takes a conservative approach, holding most of its assets in bonds.",
        "The radical chemistry of the upper atmosphere breaks down ozone in spring.",
        "Free radicals damage cells and are linked to ageing, the study found.",
        "Grey squirrels, an invasive species from North America, have driven out the native reds.",
        "Cane toads have spread across northern Australia since their introduction in 1935.",
        "A plague of locusts has stripped crops across parts of East Africa, the FAO said.",
        "Swarms of jellyfish forced the closure of three beaches on the coast this week.",
        "The Tyrannosaurus rex, the tyrant lizard king, weighed as much as an elephant.",
        "Wolves are apex predators and kill deer, elk and the occasional livestock.",
        "The alien species was first recorded in the estuary in 2019.",
        "Killer whales have been seen ramming yachts off the coast of Spain and Portugal.",
        "The orchid is parasitic, feeding on fungi in the soil rather than using sunlight.",
        "The scandal of 1720, known as the South Sea Bubble, ruined thousands of investors.",
        "Historians say the massacre at Glencoe in 1692 still shapes the clan's memory.",
        "The Vikings raided monasteries along the coast, taking silver and slaves.",
        "The exhibition traces how propaganda posters were used in the First World War.",
        "The designer's collection featured radical silhouettes and oversized coats.",
        "Models walked the runway in outfits inspired by punk and Victorian mourning dress.",
        "The brand is known for its conservative cuts and muted colours.",
        "The elite fashion house cut prices on its handbags by 10% in China.",
        "The game's final boss is a monstrous dragon that takes an hour to defeat.",
        "Players can recruit an army of zombies to invade neighbouring kingdoms.",
        "The shooter's latest update adds a brutal new difficulty level.",
        "Critics praised the game as the killer app the console had been waiting for.",
        "The game studio laid off 200 staff, citing falling sales.",
        "The experiment showed that the bacteria became resistant to the antibiotic within weeks.",
        "The enzyme attacks the protein chain at one specific point.",
        "Train drivers will strike for 48 hours next week in a dispute over pay.",
        "The union said its members had voted overwhelmingly in favour of industrial action.",
        "Picket lines formed outside the depot at dawn.",
        "The employers said the offer of 5% was final and urged the union to accept it.",
        "Nurses walked out at 12 hospitals, the health service said.",
        "MPs voted 312 to 290 to give the bill a second reading.",
        "The Speaker granted an urgent question on the prison releases.",
        "The bill now goes to the Lords, where peers will propose amendments.",
        "The whip was withdrawn from the MP after he was charged with fraud.",
        "The committee will take evidence from the chancellor on Wednesday.",
        "The filibuster, a tactic to delay a vote, is allowed under Senate rules.",
        "A retired postman has knitted 1,000 hats for premature babies at the local hospital.",
        (
            "The village celebrated the 100th birthday of its oldest resident with a cake and a "
            "brass band."
        ),
        "A lost dog was reunited with its owners after walking 40 miles home.",
        "Firefighters rescued a cat that had been trapped in a chimney for two days.",
        (
            "In an article on Tuesday we said the council had spent £2 million on the scheme; it "
            "spent £1.2 million."
        ),
        "A caption incorrectly identified the man in the photograph; he is Tom Reid, not Tom Reed.",
        "This article has been amended to clarify that the company was not accused of wrongdoing.",
        "The striker joined the club for a fee of £45 million on a five-year contract.",
        "The goalkeeper completed his move to Milan after passing a medical.",
        "Elite athletes will compete at the indoor championships in Glasgow next month.",
        '"It was a savage game, and we were second best," the coach said.',
        "Shares in the bank fell 3% after it reported a drop in profits.",
        "Oil prices rose on concerns about supply from the Middle East.",
        "The pound slumped against the dollar after weaker-than-expected jobs data.",
        "Markets were in the grip of a sell-off as investors dumped technology stocks.",
        "The FTSE 100 closed up 0.6%, led by mining shares.",
        "Gold hit a record high as investors sought a haven.",
        "The attic was infested with spiders.",
        "Rats infest the estate, residents say.",
        "Swarms of ants invaded the kitchen.",
        "Hordes of locusts stripped the fields.",
        "Farmers battled a plague of mice this winter.",
        "Parliament overwhelmingly approved the bill.",
        "The Senate overwhelmingly rejected the amendment.",
        "Players face a savage climb on the final stage of the race.",
        # stop 23e: the same words in their literal, medical or seasonal senses
        "Patients with senile dementia need round-the-clock care.",
        "Senile plaques were found in the brain tissue.",
        "The arborist said the oak is one of the senile trees on the estate.",
        "The 19-year-old was declared brain-dead after the crash.",
        "Doctors pronounced him brain dead on Friday.",
        "Organs from a brain-dead donor were transplanted into three patients.",
        "Children in ghoulish costumes went trick-or-treating.",
        "Children dressed as ghouls and witches went from door to door.",
        "Pigs feed at the trough twice a day.",
        "Cultists of the ancient goddess left offerings at the shrine.",
        "The snake can swallow prey twice the width of its head.",
        # probe 24b: sums, modals and plain precedent share the doubt and exaggeration words
        "The figures did not add up to the totals in the filing.",
        "The repairs don't add up to much, the surveyor said.",
        "The council wants you to know about the new bin collection days.",
        "The bus was supposed to stop at every village on the route.",
        "The drug had never before been tested in children.",
        "Nothing but rain is forecast for the weekend.",
        # stop 24b: the same words in their literal or technical senses
        "A bear blundered into the campsite overnight.",
        "The tanker blundered into the harbour wall in thick fog.",
        "The man was strangled in his flat, police said.",
        "The union's militant wing called for a strike vote.",
        "Hamas militants crossed the border at dawn.",
        "The champion suffered a crushing defeat in the final.",
        "Her skin was itching for days after the bite.",
        "Police forced their way into the building.",
        "The bank said its debt had fallen for a third quarter.",
        "The company reported zero emissions from the new plant.",
    ],
)
def test_plain_reporting_with_look_alike_words_stays_unflagged(text: str) -> None:
    assert _flags(text) == []


def test_multiword_entry_keeps_its_single_word_neutral() -> None:
    """'rail against' is the loaded phrase; 'rail' alone names trains, so it is no entry."""
    lex = default_lexicon()
    assert any(e.category == "loaded" for e in lex.lookup("rail against"))
    assert lex.lookup("rail") == ()


def test_every_curated_entry_names_a_neutral_alternative() -> None:
    """The app shows the note in the flag's explanation: why it frames, then what to write."""
    for entry in default_lexicon():
        if entry.source == "curated" and entry.category in CURATED_CATEGORIES:
            why, sep, neutral = entry.note.partition("; neutral: ")
            assert sep and why.strip() and neutral.strip(), (entry.term, entry.note)


def test_curated_entries_are_not_generic_words() -> None:
    """Rule 1: words kept out of the sentiment lexicon as plain event words stay out of the curated
    files too, except those the engine only counts in an evaluative part of speech."""
    path = resource("lexicons", "tools", "generic.txt")
    generic = {
        w
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
        for w in line.split()
    }
    restricted = {"failed", "failing", "unprecedented"}  # modifiers only / exaggeration by design
    for entry in default_lexicon():
        if entry.source == "curated" and entry.category in CURATED_CATEGORIES:
            term = entry.term.lower()
            assert term not in generic or term in restricted, entry.term


def test_no_curated_term_is_listed_twice_in_one_category() -> None:
    for name in ("label.tsv", "loaded.tsv", "intensifier.tsv", "hedge.tsv"):
        path = resource("lexicons", name)
        rows = path.read_text(encoding="utf-8").splitlines()[1:]
        keys = [tuple(r.split("\t")[:2]) for r in rows if r.strip()]
        lowered = [(t.lower(), c) for t, c in keys]
        assert len(lowered) == len(set(lowered)), name


def test_a_minimiser_takes_the_noun_phrase_it_belittles() -> None:
    """ "nothing more than" alone is half a judgement: the reader sees what it reduces with it."""
    flagged = [span for span, _ in _flags("The summit was nothing more than a photo opportunity.")]
    assert flagged == ["nothing more than a photo opportunity"]
    # a phrase holding another cue keeps its own flag beside the minimiser
    flagged = [span for span, _ in _flags("The bill is nothing more than a publicity stunt.")]
    assert flagged == ["nothing more than", "publicity stunt"]
    # a figure is a measure, not part of the minimiser's judgement
    flagged = [span for span, _ in _flags("The pay rise was little more than 2 per cent.")]
    assert flagged == ["little more than"]


def test_curated_files_keep_their_size() -> None:
    """The issue-6 expansion: at least twice the 153/229/70/25 entries the files had before."""
    cats = default_lexicon().categories()
    curated = dict.fromkeys(CURATED_CATEGORIES, 0)
    for entry in default_lexicon():
        if entry.source == "curated" and entry.category in curated:
            curated[entry.category] += 1
    assert curated["label"] >= 2 * 153
    assert curated["loaded"] >= 2 * 229
    assert curated["intensifier"] >= 2 * 70
    assert curated["hedge"] >= 2 * 25
    assert cats["loaded"] > curated["loaded"]  # the sentiment-derived words come on top


def test_a_curated_entry_says_what_a_word_is_over_a_sentiment_lists_reading() -> None:
    """'stunning' is curated as an intensifier; TextBlob's 'subjective positive adjective' for the
    same word is no second flag and no second explanation."""
    assert ("stunning", "intensifier") in _flags("It was a stunning betrayal of the voters.")
    assert not any(
        cat == "loaded" and "stunning" in span
        for span, cat in _flags("It was a stunning betrayal of the voters.")
    )


def test_verb_only_entries_judge_the_act_not_the_thing() -> None:
    flagged = [span for span, _ in _flags("The governor lectured the council on spending.")]
    assert any("lectured" in span for span in flagged)
    assert _flags("She gave a lecture on torpedo design at the naval college.") == []


def test_a_verb_phrase_is_what_it_does_not_who_does_it() -> None:
    flagged = [span for span, _ in _flags("The mayor lashed out at reporters.")]
    assert flagged == ["lashed out"]
    # a headline-style verb the parser reads as a noun is flagged alone, not with its "noun phrase"
    assert [span for span, _ in _flags("Trump slams Democrats over the shutdown.")] == ["slams"]
