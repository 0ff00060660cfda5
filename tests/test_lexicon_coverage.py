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
        ("Witch hunt: the tribunal bans our sprinter.", "Witch hunt", "loaded"),
        ("The ban came from a Western-controlled panel.", "Western-controlled", "loaded"),
        ("The cyclist was finally caught by the testers.", "finally caught", "loaded"),
        ("He rose through the state's doping machine.", "doping machine", "loaded"),
        ("The ban rests on an alleged positive from March.", "alleged positive", "hedge"),
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
        ("Migrants flooded across the border last month.", "flooded", "loaded"),
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
        ("It is a manufactured panic over crime.", "manufactured panic", "loaded"),
        ("The press whipped up a manufactured scandal.", "manufactured scandal", "loaded"),
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
        # stop 24a: tabloid and partisan wording of Britain, Ireland, India, Australia, both sides
        ("The Tory sleaze scandal grew by the day.", "Tory sleaze", "loaded"),
        ("The Tory toffs in the cabinet have no idea how people live.", "toffs", "label"),
        ("The Tory scum in Downing Street slashed funding.", "Tory scum", "label"),
        ("Eton's posh boys still run the country.", "posh boys", "label"),
        ("The loony-left council wasted millions on vanity projects.", "loony-left", "loaded"),
        ("The benefit-scrounging family lived rent-free.", "benefit-scrounging", "loaded"),
        ("Dole bludgers are costing taxpayers billions.", "Dole bludgers", "label"),
        ("The chardonnay socialists voted Green.", "chardonnay socialists", "label"),
        ("The latte-sipping elite backed the plan.", "latte-sipping", "loaded"),
        ("The Shinners want a border poll tomorrow.", "Shinners", "label"),
        ("The gombeen politicians looked after their own.", "gombeen", "loaded"),
        ("The anti-national activists gathered on the campus.", "anti-national", "loaded"),
        ("The urban naxal professor was arrested on Tuesday.", "urban naxal", "label"),
        ("The tukde-tukde gang staged another protest.", "tukde-tukde gang", "label"),
        ("The sickular parties are chasing minority votes.", "sickular", "loaded"),
        ("The Lutyens elite sneered at the result.", "Lutyens elite", "label"),
        ("The bhakts flooded social media with abuse.", "bhakts", "label"),
        ("The Sanghis attacked the writer online.", "Sanghis", "label"),
        ("The godi media ignored the farmers' protest.", "godi media", "label"),
        ("The saffronisation of textbooks continues.", "saffronisation", "loaded"),
        ("The chumocracy handed contracts to donors.", "chumocracy", "loaded"),
        # British spellings of entries written in American spelling
        ("The minister's polarising speech divided the party.", "polarising", "loaded"),
        ("The report sanitised the regime's record.", "sanitised", "loaded"),
        ("Gangs terrorised the protesters for weeks.", "terrorised", "loaded"),
        ("The weaponisation of the courts must end.", "weaponisation", "loaded"),
        ("The senator's cosy ties to donors raise questions.", "cosy ties", "loaded"),
        ("The pundits canonised the retiring MP.", "canonised", "loaded"),
        ("The minister weaselled out of the debate.", "weaselled out of", "loaded"),
        ("The bill is a licence to discriminate.", "licence to discriminate", "loaded"),
        ("The colonisers took the land.", "colonisers", "label"),
        ("The bedroom tax hit council tenants.", "bedroom tax", "loaded"),
        ("The Tories' dementia tax alarmed pensioners.", "dementia tax", "loaded"),
        ("The climate wreckers in the Coalition blocked the bill.", "climate wreckers", "label"),
        ("The minister's car-crash interview went viral.", "car-crash interview", "loaded"),
        # stop 24: the slogan beside the swamp drained for land
        # stop 24: the slogan and the political "hijack" beside their literal senses
        (
            "The president promised to drain the swamp to restore trust.",
            "drain the swamp",
            "loaded",
        ),
        ("She vowed to drain the swamp in Brussels.", "drain the swamp", "loaded"),
        ("Activists hijacked the debate.", "hijacked", "loaded"),
        ("The reform process was hijacked by lobbyists.", "hijacked", "loaded"),
        ("Donors have hijacked the party's platform.", "hijacked", "loaded"),
        # probe 24d: the rulers are still "the regime" beside the policy's name "regime change"
        ("The regime changed course after the protests.", "regime", "label"),
        # the judging "mercenary" beside the hired soldiers of "mercenary group"
        ("The club's mercenary approach to transfers angered fans.", "mercenary", "loaded"),
        # probe 24d: state media's labels for its rivals (Russian and Chinese register) ...
        ("The collective West has once again shown its true face.", "collective West", "label"),
        ("Anti-China forces in Washington seized on the report.", "Anti-China forces", "label"),
        ("The riots were stirred up by anti-Russian forces.", "anti-Russian forces", "label"),
        ("Hostile foreign forces are meddling in Hong Kong.", "Hostile foreign forces", "label"),
        ("The neo-Nazi regime in Kiev shelled Donetsk again.", "neo-Nazi regime", "label"),
        ("Neo-Nazi battalions dug in around the city.", "Neo-Nazi battalions", "label"),
        ("Western hegemony is crumbling across the Global South.", "Western hegemony", "loaded"),
        ("American hegemony has brought nothing but chaos.", "American hegemony", "loaded"),
        ("Beijing will never bow to hegemonism.", "hegemonism", "loaded"),
        # ... and the hawkish press's labels for its rivals, beside "rogue state" and "narco-state"
        ("The rogue regime in Pyongyang fired another missile.", "rogue regime", "label"),
        ("The terror regime in Tehran funds militias across the region.", "terror regime", "label"),
        ("The narco-regime in Caracas jailed another journalist.", "narco-regime", "label"),
        ("The narco-dictatorship clings to power.", "narco-dictatorship", "label"),
        # a seat of government is where the slogan's swamp sits, not a stretch of land
        ("He vowed to drain the swamp in the White House.", "drain the swamp", "loaded"),
        ("Trump vowed to drain the swamp in the Capitol.", "drain the swamp", "loaded"),
        # a party's machinery or a council's session is not a device seized
        ("Lobbyists hijacked the party machinery.", "hijacked", "loaded"),
        ("Protesters hijacked the council session.", "hijacked", "loaded"),
        # "a mere" belittles an amount or a thing, beside "the mere fact" (the thing alone)
        ("Wages rose by a mere 2 per cent, a rise that fooled no one.", "mere", "intensifier"),
        ("A mere handful of protesters bothered to turn up.", "mere handful", "intensifier"),
        ("The reform was a mere formality for the minister.", "mere formality", "intensifier"),
        # both spellings: policing cast as a military operation, and places cast as breeding
        # extremists ("radicalized" alone is the agencies' plain word)
        ("Militarized police raided the house at dawn.", "Militarized police", "loaded"),
        ("The militarised department fired tear gas at the crowd.", "militarised", "loaded"),
        ("Troops now militarize the once-quiet town square.", "militarize", "loaded"),
        ("The militarisation of the police has gone too far.", "militarisation", "loaded"),
        ("Police carried out militarized raids on the camp.", "militarized raids", "loaded"),
        ("Police carried out militarised raids on the camp.", "militarised raids", "loaded"),
        ("The prisons are radicalization factories.", "radicalization factories", "loaded"),
        ("The prisons are radicalisation factories.", "radicalisation factories", "loaded"),
        # probe 24e: health, science and culture-war sneers, both directions
        ("Millions lined up for the clot shot without asking a question.", "clot shot", "loaded"),
        ("The death jab has left a trail of injured athletes.", "death jab", "loaded"),
        ("Turn off the nightly fear porn and think for yourself.", "fear porn", "loaded"),
        ("Vaccine passports are a step toward medical apartheid.", "medical apartheid", "loaded"),
        ("Only the vaxxies still believe the shots stop transmission.", "vaxxies", "label"),
        ("The covidiots packed the beach again this weekend.", "covidiots", "label"),
        ("Plague rats who refused masks are filling the wards.", "Plague rats", "label"),
        ("The horse-paste crowd has a new miracle cure.", "horse-paste", "loaded"),
        ("The tinfoil-hat brigade is back with a new conspiracy.", "tinfoil-hat", "loaded"),
        ("The Greens are watermelons: green outside, red inside.", "watermelons", "label"),
        ("These watermelons want to tax your car off the road.", "watermelons", "label"),
        ("Conspiracy loons are spreading the clip across Telegram.", "loons", "label"),
        ("The planet-wreckers of Big Oil made record profits.", "planet-wreckers", "label"),
        ("Fossil fools in Congress voted down the bill.", "Fossil fools", "label"),
        ("The climate arsonists behind the coal mine cheered.", "climate arsonists", "label"),
        ("Carbon criminals like Exxon must pay.", "Carbon criminals", "loaded"),
        ("The transgender agenda has reached the primary schools.", "transgender agenda", "loaded"),
        ("Chemical-laden supermarket bread is making children sick.", "Chemical-laden", "loaded"),
        # a crank at a meeting is a person, even with no word around it to say so
        ("The cranks are back with another petition.", "cranks", "label"),
        # probe 24g: economy, business, labour and welfare wording of both sides
        ("Voters are tired of promises of free stuff.", "free stuff", "loaded"),
        ("The left promised free stuff to every student.", "free stuff", "loaded"),
        ("The war on business continues with another windfall tax.", "war on business", "loaded"),
        ("The budget punishes success and rewards idleness.", "punishes success", "loaded"),
        ("Punishing taxes on savers will drive capital abroad.", "Punishing taxes", "loaded"),
        ("His socialist schemes will bankrupt the country.", "socialist schemes", "loaded"),
        ("His socialist schemes will bankrupt the country.", "bankrupt the country", "loaded"),
        ("The benefits system breeds a culture of dependency.", "culture of dependency", "loaded"),
        (
            "Billionaires are hoarding wealth while nurses queue at food banks.",
            "hoarding wealth",
            "loaded",
        ),
        ("Couriers are treated as wage slaves by the app.", "wage slaves", "loaded"),
        ("The bill is the latest front in the war on workers.", "war on workers", "loaded"),
        (
            "Dickensian working conditions persist in the warehouses.",
            "Dickensian working conditions",
            "loaded",
        ),
        ("The closures amount to a jobs massacre.", "jobs massacre", "loaded"),
        ("Banks got yet another bailout while families struggled.", "bailout", "loaded"),
        # probe 24f: fringe sites and partisan blogs of 2016-2021, both sides
        ("Merkel's rapefugees turned Cologne into a war zone.", "rapefugees", "label"),
        ("The lavender mafia runs the Curia.", "lavender mafia", "label"),
        ("The heretic pope has sold out the Church to Beijing.", "heretic pope", "label"),
        ("Rad trads are furious about the Latin Mass ruling.", "Rad trads", "label"),
        ("BLM rioters burned down the precinct while the mayor cowered.", "BLM rioters", "label"),
        ("MAGA terrorists stormed the Capitol on Trump's orders.", "MAGA terrorists", "label"),
        ("The sedition caucus voted against certifying the results.", "sedition caucus", "label"),
        ("The orange menace tweeted another tantrum at dawn.", "orange menace", "label"),
        ("Our Cheeto-in-chief grovelled before Putin.", "Cheeto-in-chief", "label"),
        ("Trump's Kremlin puppet act fooled no one.", "Kremlin puppet", "label"),
        ("The Obama spygate scandal is bigger than Watergate.", "spygate", "loaded"),
        ("The Obamagate cover-up goes all the way to the top.", "Obamagate", "loaded"),
        ("Trump threw red meat to his white nationalist base again.", "red meat", "loaded"),
        ("The speech was red meat for the party's base.", "red meat", "loaded"),
        # probe 25b: owning up cast as overdue, and not answering cast as evasion
        ("The senator finally admitted the stock trades.", "finally admitted", "loaded"),
        ("The board finally apologised to the families.", "finally apologised", "loaded"),
        ("The speaker ducked questions about the report.", "ducked questions", "loaded"),
        ("The governor ducked reporters' questions on the deaths.", "ducked", "loaded"),
        ("The retailer quietly dropped its Pride range.", "quietly", "loaded"),
        ("The rule was dropped quietly in May.", "quietly", "loaded"),
        # small 25: a bailout with no one's name on it is still a handout
        ("Wall Street got a bailout while savers got nothing.", "bailout", "loaded"),
        # a giver's bailout is still a handout
        ("Voters rejected the president's student loan bailout.", "bailout", "loaded"),
        ("Washington's bailout habit rewards reckless lenders.", "bailout", "loaded"),
        ("The swamp at the top of the party fought back.", "swamp", "label"),
        ("He vowed to drain the swamp on day one.", "drain the swamp", "loaded"),
        ("The colonisers stole the land and must leave.", "colonisers", "label"),
        ("The Butcher of Baghdad ruled by terror.", "Butcher", "label"),
        ("The butcher Assad gassed his own people.", "butcher", "label"),
        ("Protesters called him a butcher.", "butcher", "label"),
        ("No deal should leave these butchers in power.", "butchers", "label"),
        ("Loggers were allowed to butcher the forest.", "butcher", "label"),
        # "class war" as a sneer, which left and right both use
        ("The chancellor unveiled a class-war budget.", "class-war budget", "loaded"),
        ("This is a class war on the poor.", "class war on", "loaded"),
        ("Critics accused him of waging class war on the rich.", "class war on", "loaded"),
        ("Labour's class warriors want to tax success.", "class warriors", "label"),
        # a civilian government called a junta
        ("The Brussels junta imposed its will on Italy.", "junta", "label"),
        # a body that votes does what people do: "the court's majority gutted the act"
        ("The court's conservative majority gutted the Voting Rights Act.", "gutted", "loaded"),
        # probe 25a: single news sentences on courts, elections abroad, asylum, the Gulf, the
        # military, drugs, farming, pensions, disability, Indigenous rights, sport and the press
        ("The radical left wants to pack the Supreme Court.", "pack the Supreme Court", "loaded"),
        ("The new map tilts the playing field toward incumbents.", "tilts the playing", "loaded"),
        ("The purge of top generals smacks of a loyalty test.", "smacks of", "loaded"),
        ("A compliant judiciary waved the decree through.", "compliant judiciary", "loaded"),
        ("Land acknowledgements have become a hollow ritual.", "hollow ritual", "loaded"),
        ("The fund used its bottomless coffers to buy the club.", "bottomless coffers", "loaded"),
        ("The kingdom is trying to sportswash its record.", "sportswash", "loaded"),
        ("The deficit is nothing short of generational theft.", "generational theft", "loaded"),
        (
            "Millions of adults are languishing on sickness benefits.",
            "languishing on sickness benefits",
            "loaded",
        ),
        ("A rogue court has stripped away another right.", "rogue court", "loaded"),
        ("A rogue judge blocked the deportations.", "rogue judge", "label"),
        ("Activist judges thwarted the will of voters.", "thwarted the will", "loaded"),
        ("The rhetoric fuelled a toxic political climate.", "toxic political climate", "loaded"),
        ("Activists shake down small businesses with lawsuits.", "shake down", "loaded"),
        ("A tiny band of protesters is blocking the pipeline.", "tiny band of", "intensifier"),
        # probe 25c: disaster, crime and crisis wording, alarmist and minimising, both sides
        ("A deluge of migrants is pouring across the border.", "deluge", "intensifier"),
        ("An avalanche of red tape buried the rebuilding effort.", "avalanche", "intensifier"),
        ("The union's strike crippled the city for a week.", "crippled", "loaded"),
        ("Tax hikes will hammer working families.", "hammer", "loaded"),
        ("Bureaucrats hammered farmers with new rules.", "hammered", "loaded"),
        ("The country was plunged into chaos by the minister.", "plunged into chaos", "loaded"),
        ("Bureaucrats begged for more money as the river rose.", "begged", "loaded"),
        ("Councils are begging for handouts again.", "begging for handouts", "loaded"),
        ("The climate apocalypse is already here.", "climate apocalypse", "loaded"),
        ("Voters are tired of the climate hysteria.", "climate hysteria", "loaded"),
        ("Ministers were caught napping as the storm arrived.", "caught napping", "loaded"),
        ("The border chaos is a self-inflicted catastrophe.", "self-inflicted", "loaded"),
        ("Migrant hordes are crossing the border.", "hordes", "label"),
        ("Police called the pile-up that killed four a minor incident.", "minor", "intensifier"),
        ("Only a handful died in the crash.", "handful", "intensifier"),
        ("The crash that killed two was a fender bender, he wrote.", "fender", "intensifier"),
        # probe 25d: both sides' wording in the single-sentence register
        ("Republicans are rigging the maps to keep power.", "rigging the maps", "loaded"),
        ("The court threw out the rigged maps.", "rigged maps", "loaded"),
        ("Sanders wants to build a socialist utopia.", "socialist utopia", "loaded"),
        ("The Green New Deal is a socialist fantasy.", "socialist fantasy", "loaded"),
        ("Activist teachers are pushing their views on pupils.", "Activist teachers", "label"),
        ("An activist prosecutor dropped the charges.", "activist prosecutor", "label"),
        ("Election deniers peddling fraud claims won primaries.", "peddling", "loaded"),
        ("Officials warned of a flood of illegal aliens.", "flood of illegal aliens", "loaded"),
        # a seller's words said of anything but a street trade's wares
        ("Pundits keep peddling conspiracy theories.", "peddling", "loaded"),
        ("The senator peddled lies about the vote.", "peddled", "loaded"),
        ("Talk-show hosts are hawking fear.", "hawking", "loaded"),
        ("Drugmakers peddled opioids to doctors.", "peddled", "loaded"),
        ("Online quacks peddle miracle cures to the sick.", "peddle", "loaded"),
        ("Peddlers of hate filled the airwaves.", "Peddlers", "loaded"),
        # the people hit, read by the parser as the subject of the participle after them
        (
            "Tax hikes will hammer working families already reeling from the floods.",
            "hammer",
            "loaded",
        ),
        # deaths told in the minimiser's own part of the sentence
        ("It was a minor incident, though two people died.", "minor", "intensifier"),
        # probe 26a: a relative pronoun stands for its noun, and people or a policy still gut
        ("Republicans, who gutted the agency, now want credit for it.", "gutted", "loaded"),
        ("A budget that gutted the agency was passed in March.", "gutted", "loaded"),
        ("Lawmakers who caved to the donors lost their seats.", "caved", "loaded"),
        ("The strike, which crippled the city, ended on Monday.", "crippled", "loaded"),
        ("Donors have bought influence over the curriculum.", "bought influence", "loaded"),
        ("Lobbyists are buying influence in the state capital.", "buying influence", "loaded"),
        ("The eviction blitz has left hundreds of families homeless.", "eviction blitz", "loaded"),
        ("He is a would-be reformer with nothing to show for it.", "would-be", "hedge"),
        # the people of media, money and politics do what people do
        ("Commentators slammed the budget on Sunday.", "slammed", "loaded"),
        ("Celebrities caved to the online mob within a week.", "caved", "loaded"),
        ("Academics slammed the report as rushed.", "slammed", "loaded"),
        # or in the part before, when the minimiser is said of "it" or "this": that is the event
        ("The crash killed three; officials called it a minor incident.", "minor", "intensifier"),
        ("The storm killed nine; the mayor dismissed it as a blip.", "blip", "intensifier"),
        ("The blast killed four; it was a hiccup, the company said.", "hiccup", "intensifier"),
        (
            "The pile-up killed five; police described this as a minor accident.",
            "minor",
            "intensifier",
        ),
        # "junta" pinned on a person, a city or a bloc, or beside another flagged word
        ("The Biden junta pushed the bill through Congress.", "junta", "label"),
        ("Trump's junta wants to purge the civil service.", "junta", "label"),
        ("The Democrat junta in Washington wants more power.", "junta", "label"),
        ("The globalist junta in Brussels wants more power.", "junta", "label"),
        ("The corrupt junta in Bamako arrested him.", "junta", "label"),
        # or said of something: calling it a junta is the label
        ("The elected government is a junta in all but name.", "junta", "label"),
        ("Critics branded the cabinet a junta.", "junta", "label"),
        # or pinned on a country that has never known military rule, by name, people or capital
        ("Ukraine's junta ordered new strikes on Donetsk.", "junta", "label"),
        ("The Ukrainian junta banned the opposition party.", "junta", "label"),
        ("The junta in Kyiv ordered new strikes on Donetsk.", "junta", "label"),
        ("The junta in Ukraine banned the opposition party.", "junta", "label"),
        ("The British junta wants a war with Russia.", "junta", "label"),
        ("The junta in Moscow jailed another critic.", "junta", "label"),
        # a word of smell or taste said of what is not a food, a drink or a smell
        ("The decision smacks of desperation.", "smacks of", "loaded"),
        ("His speech smacks of hypocrisy.", "smacks of", "loaded"),
        ("The stench of corruption hangs over the council.", "stench", "loaded"),
        # an event cast as faked, by "staged" modifying it
        ("Moscow called it a staged provocation.", "staged provocation", "loaded"),
        ("The White House visit was a staged photo op.", "staged photo op", "loaded"),
        ("His staged tears fooled nobody.", "staged tears", "loaded"),
        # a hyphenated modifier is one word: no other word need follow it
        ("The council unveiled another feel-good slogan.", "feel-good", "loaded"),
        # probe 26b: euphemisms that minimise, sarcasm, and slant in the register around a fact
        ("Detainees were subjected to enhanced interrogation for months.", "enhanced", "loaded"),
        ("The carmaker will rightsize its workforce by 4,000.", "rightsize", "loaded"),
        ("The bank announced a round of rightsizing.", "rightsizing", "loaded"),
        ("Staff laid off in the workforce optimisation got retraining.", "optimisation", "loaded"),
        ("Lawmakers approved a revenue enhancement on fuel.", "revenue enhancement", "loaded"),
        ("Activists push trans ideology in schools.", "trans ideology", "loaded"),
        ("She was jetting off to Davos while farmers struggled.", "jetting off", "loaded"),
        ("Our betters in Brussels have decided for us.", "betters", "loaded"),
        ("The government sits on its hands while rents soar.", "sits on its hands", "loaded"),
        ("Ministers were left squirming after the report.", "squirming", "loaded"),
        ("Critics say the ad recycles tired tropes about immigrants.", "tired tropes", "loaded"),
        # a courtesy title of deference in the outlet's own narration
        ("His Excellency President Lin arrived in Halvik on Tuesday.", "His Excellency", "label"),
        ("Her Excellency the President opened the new bridge.", "Her Excellency", "label"),
        # the monarch's and the Pope's courtesy titles in the outlet's own narration
        ("Her Majesty the Queen opened the new bridge in Leeds.", "Her Majesty", "label"),
        ("His Majesty arrived at the cathedral on Sunday.", "His Majesty", "label"),
        ("Their Majesties greeted the crowds in Cardiff.", "Their Majesties", "label"),
        ("His Holiness the Pope visited the refugee camp.", "His Holiness", "label"),
        ("His Holiness the Dalai Lama spoke to students.", "His Holiness", "label"),
        ("Her Majesty's Christmas broadcast drew millions.", "Her Majesty", "label"),
        # an occasion of the person's life or reign is no official body's name
        (
            "Her Majesty's Diamond Jubilee was celebrated across the country.",
            "Her Majesty",
            "label",
        ),
        ("Crowds marked Her Majesty's Platinum Jubilee in June.", "Her Majesty", "label"),
        ("His Majesty's Coronation drew crowds to the Mall.", "His Majesty", "label"),
        ("The Great Leader inspected a tractor factory on Monday.", "Great Leader", "label"),
        # after a dateline's spaced dash, which is no hyphen joining the word to another
        ("HALVIK - His Excellency President Lin arrived on Tuesday.", "His Excellency", "label"),
        ("LONDON (Beacon) - Radical activists blocked the road.", "Radical", "loaded"),
        # "patriots" put on one side's marchers, beside a party's members called by a label
        ("Patriots gathered outside the embassy on Sunday.", "Patriots", "label"),
        ("Hundreds of patriots blocked the bridge into the capital.", "patriots", "label"),
        ("The Communists defeated the Nationalists in 1949.", "Communists", "label"),
        ("The Communists seized the palace at dawn.", "Communists", "label"),
        # intensity that is not a debate's or a contest's measure keeps its judgement
        ("Her bitterly partisan attack drew fire from both parties.", "bitterly", "loaded"),
        # "sell out" done to people, a group or a country charges betrayal
        ("The government sells out its farmers in the trade deal.", "sells out", "loaded"),
        ("The union leadership sold out the workers.", "sold out", "loaded"),
        ("He sold out his country for a seat on the board.", "sold out", "loaded"),
        ("The workers were sold out by their own leaders.", "sold out", "loaded"),
        ("They sold us out to the developers, a tenant said.", "sold us out", "loaded"),
        ("The minister sold the farmers out to Brussels.", "sold the farmers out", "loaded"),
        # "sell-out" pinned on a person, a deal or a compromise is a charge of betrayal
        ("Critics called it a sell-out deal.", "sell-out", "label"),
        ("He called the pension agreement a sell-out.", "sell-out", "label"),
        ("The union leader is a sell-out.", "sell-out", "label"),
        # a minimiser said of the deadly event across a full stop, by "it" or by its name again
        (
            "The crash killed three people. Officials called it a minor incident.",
            "minor",
            "intensifier",
        ),
        (
            "The crash killed three people. Officials called the crash a minor incident.",
            "minor",
            "intensifier",
        ),
        ("The storm killed nine. The mayor dismissed it as a blip.", "blip", "intensifier"),
        # "so-called" doubting what a name claims, or sneering at the name it points at
        ("Republicans attacked the so-called Affordable Care Act.", "so-called", "hedge"),
        ("The so-called Islamic State claimed the attack.", "so-called", "hedge"),
        ("This so-called Golden Age of television is over.", "so-called", "hedge"),
        # "so-called" before people, a plan, a body, a claim, a right or a virtue, before one word,
        # a quoted name or someone's: it doubts what the name claims
        ("So-called experts told us the economy would collapse.", "so-called", "hedge"),
        ("The so-called peace plan was written in Moscow.", "so-called", "hedge"),
        ("This so-called president has embarrassed the nation.", "so-called", "hedge"),
        ("The so-called journalists ignored the story for a week.", "so-called", "hedge"),
        ("Clinics offer so-called 'gender-affirming' care to teenagers.", "so-called", "hedge"),
        ("So-called climate scientists keep changing their forecasts.", "so-called", "hedge"),
        ("The so-called free press never asks a hard question.", "so-called", "hedge"),
        ("The so-called independent inquiry cleared the minister.", "so-called", "hedge"),
        ("His so-called reforms have left the poor worse off.", "so-called", "hedge"),
        ("The so-called fact checkers got the figures wrong again.", "so-called", "hedge"),
        ("So-called green energy has pushed up household bills.", "so-called", "hedge"),
        ("Democrats unveiled a so-called safety bill on Tuesday.", "so-called", "hedge"),
        ("Schools now teach so-called systemic racism theory.", "so-called", "hedge"),
        ("So-called sanctuary cities shelter criminals from deportation.", "so-called", "hedge"),
        ("The so-called migrant caravan reached the border on Friday.", "so-called", "hedge"),
        ("The so-called living wage will close small shops.", "so-called", "hedge"),
        ("So-called vaccine passports are coming to every pub.", "so-called", "hedge"),
        ("So-called fossil fuel subsidies are a myth.", "so-called", "hedge"),
        ("Banks sell so-called sustainable investment funds to savers.", "so-called", "hedge"),
        ("The so-called unemployment rate hides millions of jobless.", "so-called", "hedge"),
        ("Prosecutors said the so-called coup plot was invented.", "so-called", "hedge"),
        # "self-styled" on a title someone gave themselves
        ("The self-styled prophet told followers the world would end.", "self-styled", "hedge"),
        ("A self-styled sovereign citizen refused to pay the fine.", "self-styled", "hedge"),
        ("The self-styled expert has no degree in economics.", "self-styled", "hedge"),
        ("The self-styled Islamic State claimed the attack.", "self-styled", "hedge"),
        ("Britain, the self-styled home of fair play, refused.", "self-styled", "hedge"),
        # a party or a body cast as having abandoned its purpose or those it serves
        ("The party has lost its way.", "lost its way", "loaded"),
        ("Labour is losing its way on housing.", "losing its way", "loaded"),
        ("The agency has forgotten who it works for.", "forgotten who it works for", "loaded"),
        ("Ministers have forgotten who they serve.", "forgotten who they serve", "loaded"),
        # team57 (probe 27a): a ruler's or a state's butchers, and "-ies" plurals of "-ie" labels
        ("Putin's butchers shelled a maternity hospital.", "butchers", "label"),
        ("The Kremlin's butchers shelled the town again.", "butchers", "label"),
        ("Junkies and vagrants have taken over the park.", "Junkies", "label"),
        # a count of people is people: "sold out thousands of workers"
        ("The deal sold out thousands of workers.", "sold out", "loaded"),
        # arrests cast as the herding of livestock, when people are the ones rounded up
        ("Police rounded up dozens of demonstrators.", "rounded up", "loaded"),
        ("Soldiers rounded up hundreds of migrants at the border.", "rounded up", "loaded"),
        # penalties and powers cast as empty or unchecked, on both sides
        ("Regulators let the bank off with a token fine.", "token fine", "loaded"),
        ("The law gives officers free rein to arrest anyone.", "free rein", "loaded"),
        ("The order hands the agency carte blanche.", "carte blanche", "loaded"),
        ("The state passed a censorship law on school libraries.", "censorship law", "loaded"),
        ("The regime has gagged the press for years.", "gagged the press", "loaded"),
        # money and policy cast as waste or make-believe
        ("The Fed's money-printing spree robbed savers.", "money-printing", "loaded"),
        ("Washington keeps shovelling billions into the war.", "shovelling billions", "loaded"),
        ("The council went on a borrowing binge.", "borrowing binge", "loaded"),
        ("Brussels wants Europe to pay for its green fantasies.", "green fantasies", "loaded"),
        ("Brexiteers peddled fantasies about the future.", "peddled fantasies", "loaded"),
        ("The lessons teach children to hate their own country.", "hate their own", "loaded"),
        ("The council installed hostile architecture in the square.", "hostile", "loaded"),
        # a setback written up as a knockout
        ("The ruling dealt a crushing blow to the campaign.", "crushing blow", "intensifier"),
        # the stock phrases of state media and official statements, in any camp
        ("Critics exposed their Cold War mentality once again.", "Cold War mentality", "loaded"),
        ("Rioters egged on by black hands from abroad stormed the hall.", "black hands", "loaded"),
        ("Taiwan's splittists are colluding with external forces.", "splittists", "label"),
        ("The secessionist forces in Taipei rejected the talks.", "secessionist forces", "label"),
        ("His Western handlers demand ever more weapons.", "Western handlers", "label"),
        ("The party takes its orders from its foreign masters.", "foreign masters", "label"),
        ("The criminal blockade continues to hurt families.", "criminal blockade", "loaded"),
        ("The ministry condemns the malicious campaign by NGOs.", "malicious campaign", "loaded"),
        ("The ruling gives polluters a licence to poison rivers.", "licence to poison", "loaded"),
        ("The permit is a license to pollute the bay.", "license to pollute", "loaded"),
        ("He was accused of playing the race card.", "playing the race card", "loaded"),
        ("Lawyers played the human-rights card again.", "played the human-rights card", "loaded"),
        # official statements' and partisan sites' pictures of disposal and lairs
        ("Our soldiers eliminated a nest of terrorists near the border.", "nest", "loaded"),
        (
            "The Home Office shipped asylum seekers off to Rwanda.",
            "shipped asylum seekers off",
            "loaded",
        ),
        ("The ministry shipped them off to a barge.", "shipped them off", "loaded"),
        ("Families were held in a prison-like camp.", "prison-like", "loaded"),
        ("He spread his poisonous agenda on air.", "poisonous agenda", "loaded"),
        (
            "Moscow launched the special military operation in February.",
            "special military operation",
            "loaded",
        ),
        ("Politicians keep hyping the issue to smear the country.", "hyping", "loaded"),
        ("Protesters shamed the senator outside his home.", "shamed", "loaded"),
        # team59 (probe 28a): burdens on families, money hoarded, warnings waved away, inaction
        # as complicity, bargaining as hostage-taking, politics as contamination, both sides
        ("The tax plan keeps squeezing the middle class.", "squeezing the middle class", "loaded"),
        ("Soaring rents are squeezing working families.", "squeezing working families", "loaded"),
        ("Runaway inflation is eating into savings.", "runaway inflation", "loaded"),
        ("Runaway executive pay angered shareholders.", "runaway executive pay", "loaded"),
        ("Executives hoarded the gains while wages stagnated.", "hoarded the gains", "loaded"),
        ("The governor brushed off the threat of the virus.", "brushed off the threat", "loaded"),
        ("The city stood idly by as crime rose.", "stood idly by", "loaded"),
        ("Teachers unions held schools hostage for a year.", "held schools hostage", "loaded"),
        ("ESPN injected politics into its coverage.", "injected politics into", "loaded"),
        ("The kingdom spent billions to launder its image.", "launder its image", "loaded"),
        ("The plan would lock up millions of acres.", "lock up millions of acres", "loaded"),
        ("The senator plans to sell off public lands.", "sell off public lands", "loaded"),
        ("The clerk notoriously refused to issue licenses.", "notoriously", "loaded"),
        ("Predatory for-profit colleges lured veterans.", "predatory for-profit", "loaded"),
        ("They attacked the administration's anti-energy agenda.", "anti-energy", "loaded"),
        ("Millionaire athletes knelt during the anthem.", "millionaire athletes", "label"),
        ("Fees pay for an army of diversity administrators.", "army of diversity", "label"),
        ("The agency is run by unqualified loyalists.", "unqualified loyalists", "label"),
        # a school or water district acts as a body, so it can cave
        ("The school district caved to the protesters.", "caved", "loaded"),
        # a donor cast as puppeteer, however the money is described, on either side
        ("Radical Soros-funded prosecutors freed the suspect.", "Radical", "loaded"),
        ("The Soros-bankrolled group sued the state.", "Soros-bankrolled", "label"),
        ("A Koch-backed think tank released the report.", "Koch-backed", "label"),
        ("Koch-financed ads flooded the airwaves.", "Koch-financed", "label"),
        ("A dark-money-funded group ran the attack ads.", "dark-money-funded", "label"),
        ("Dark-money-backed groups spent millions on the race.", "Dark-money-backed", "label"),
        # a cut cast as a slash, or involvement as meddling, when done to public life
        ("The council slashed funding for libraries and youth clubs.", "slashed", "loaded"),
        ("The governor wants to slash school budgets again.", "slash", "loaded"),
        ("Foreign networks are meddling in the referendum on independence.", "meddling", "loaded"),
        # probe 28b: the partisan idiom of India, Africa and Latin America, on both sides
        ("The conservative oligarchy blocked every reform.", "oligarchy", "label"),
        ("White monopoly capital controls the mines.", "White monopoly capital", "label"),
        ("Milei vowed to sweep away the political caste.", "political caste", "label"),
        ("Narco-terrorists run the border towns.", "Narco-terrorists", "label"),
        ("The party looted the country for decades.", "looted the country", "loaded"),
        (
            "The report lists hundreds of civilians slaughtered by the militia.",
            "slaughtered",
            "loaded",
        ),
        ("The firebrand stirred up the crowd outside parliament.", "stirred up", "loaded"),
        ("Foreign-funded groups are stoking unrest in the capital.", "stoking unrest", "loaded"),
        ("The minister stoked division with his speech.", "stoked division", "loaded"),
        ("Unions addicted to handouts called another strike.", "addicted to handouts", "loaded"),
        ("The country stays addicted to fossil fuels.", "addicted to fossil fuels", "loaded"),
        # a plural label opening a sentence is the same word as later in one
        ("Hooligans masquerading as students looted shops.", "Hooligans", "label"),
        ("The party's troll army flooded social media.", "troll army", "label"),
        ("The ruling party's political godfathers picked the candidate.", "godfathers", "label"),
        ("The ex-con now runs the ministry.", "ex-con", "label"),
        # event32d: a conviction worn as an epithet, a verdict cast as overdue justice
        ("The convicted felon now chairs the committee.", "convicted felon", "label"),
        ("The mayor was finally held accountable on Friday.", "finally held accountable", "loaded"),
        ("The party's cosy alliance with big landlords held.", "cosy alliance", "loaded"),
        ("The ruling reveals a judicial dictatorship.", "judicial dictatorship", "loaded"),
        ("The slogan offers simplistic answers.", "simplistic", "loaded"),
        ("The opposition ran to foreign media to malign India.", "malign", "loaded"),
        # a label opening a compound of who leads, runs or pays keeps its sense
        ("The dynast-led party walked out of the session.", "dynast", "label"),
        ("A regime-backed militia attacked the village.", "regime", "label"),
        # team61 (probe 28c): a body named by the service it runs, or a bare government
        # department, is public life too; looting cast on public bodies
        ("The council slashed the department's budget.", "slashed", "loaded"),
        ("The council slashed funding for the police department.", "slashed", "loaded"),
        ("Congress slashed the Education Department's budget.", "slashed", "loaded"),
        ("The cost-cutting team ransacked federal agencies.", "ransacked", "loaded"),
        # team61: a name cast as deceit (either side),
        # crossings cast as floods, voting laws as seizures, health rules against liberty (right)
        ("The misleadingly named heartbeat law took effect.", "misleadingly named", "loaded"),
        ("Migrants flooded the streets of the city.", "Migrants flooded", "loaded"),
        ("Thousands of migrants poured into the city.", "migrants poured", "loaded"),
        ("The mandate ignored medical freedom.", "medical freedom", "loaded"),
        ("The election takeover bill passed the House.", "takeover", "loaded"),
        ("Officers have quit in droves.", "in droves", "intensifier"),
        # a plural opening a sentence that the model reads as a name
        ("Mobs torched police cars after the verdict.", "Mobs", "label"),
        # team62 (probe 28d): charging cast as gouging, flattery of vanity, interference,
        # and Orwell's ministry written as the name it is
        ("Hospital chains gouged uninsured patients.", "gouged", "loaded"),
        ("The parade was staged to stroke his ego.", "stroke his ego", "loaded"),
        ("Aides worked to massage the senator's ego.", "massage the senator's ego", "loaded"),
        ("The meddling regulators fined the firm again.", "meddling regulators", "loaded"),
        ("Meddling bureaucrats rewrote the rules.", "Meddling bureaucrats", "loaded"),
        ("Silicon Valley's Ministry of Truth is back.", "Ministry of Truth", "loaded"),
        ("The Fed's money printing fed inflation.", "money printing", "loaded"),
        # ptcart29 (whole partisan articles, both sides): sneers at servility, warmongering and
        # pandemic conduct, jail and propaganda metaphors, soldiers as fodder, an absolute
        ("Bootlicking reporters repeated the department's statement.", "Bootlicking", "label"),
        ("The police union's copaganda filled the evening news.", "copaganda", "loaded"),
        ("The war-hungry politicians cheered every strike.", "war-hungry", "label"),
        ("Protesters called him a granny killer for opposing it.", "granny killer", "label"),
        ("The Zionist lobby decides who keeps a seat.", "Zionist lobby", "label"),
        ("Digital currencies would build a digital prison.", "digital prison", "loaded"),
        ("Conscripts were sent to the front as cannon fodder.", "cannon fodder", "loaded"),
        ("Officials have gaslit the public for years.", "gaslit", "loaded"),
        ("The department has never once held an officer to account.", "never once", "intensifier"),
        # team64 (probe 29b): concession as collapse, emotion fanned, a stained past, display,
        # regression, detention as neglect (left), a place as crime's refuge (right), praise of
        # restraint, pampering, a door slammed
        ("Walmart buckled to a pressure campaign and dropped its goals.", "buckled", "loaded"),
        ("The governor knuckled under to the unions.", "knuckled under", "loaded"),
        ("Activists used the lessons to stoke outrage among parents.", "stoke outrage", "loaded"),
        ("He embraced the candidate despite his checkered history.", "checkered", "loaded"),
        ("The coach made a show of praying at midfield.", "made a show of", "loaded"),
        ("The ruling turns back the clock on civil rights.", "turns back the clock", "loaded"),
        ("Thousands languish in jail awaiting trial.", "languish in jail", "loaded"),
        ("The prosecutor turned the city into a haven for criminals.", "haven for", "loaded"),
        ("Police showed remarkable restraint during the march.", "remarkable", "loaded"),
        ("Coddled students demanded safe spaces.", "Coddled", "loaded"),
        ("Lawmakers slammed the door on minority students.", "slammed the door on", "loaded"),
        ("Critics called the oath a loyalty test for appointees.", "loyalty test", "loaded"),
        # team63 (probe 29a): a purge of a body of people, people driven like cattle, money cast
        # as siphoned or thrown away, rises cast as beyond control (either side), enforcement
        # cast as making a condition a crime (either side), and fear stirred up on purpose
        ("The governor purged the parole board after the vote.", "purged", "loaded"),
        ("The health secretary purged the vaccine advisory panel.", "purged", "loaded"),
        ("The editor purged the newsroom after the scandal.", "purged", "loaded"),
        ("Officials herded the families into a fenced lot.", "herded", "loaded"),
        ("The agency funneled millions to its allies' charities.", "funneled millions", "loaded"),
        ("The state blew billions on a rail line nobody rides.", "blew billions", "loaded"),
        ("Voters are tired of out-of-control spending.", "out-of-control spending", "loaded"),
        ("Tenants marched against out-of-control rents.", "out-of-control rents", "loaded"),
        ("The new ordinance criminalizes homelessness.", "criminalizes homelessness", "loaded"),
        ("The charges would criminalize self-defense.", "criminalize self-defense", "loaded"),
        ("The senator fanned fears of a crime wave.", "fanned fears", "loaded"),
        # team68 (probe 29f): budgets cast as starvation, promotion as hype, use as gorging,
        # selling as predatory, rules as relics or orders, and a rule cast as an attack on
        # the reader's own things
        ("The ferry system has been starved of money for a decade.", "starved of money", "loaded"),
        ("The gas lobby paid influencers to hype gas cooking.", "hype", "loaded"),
        ("Private golf clubs guzzle millions of gallons of water.", "guzzle", "loaded"),
        ("Lotteries aggressively market jackpots to the poor.", "aggressively market", "loaded"),
        ("The drugmaker aggressively marketed the painkiller.", "aggressively marketed", "loaded"),
        ("Archaic parking mandates add $50,000 to each apartment.", "Archaic", "loaded"),
        ("The state still enforces antiquated liquor laws.", "antiquated", "loaded"),
        ("Bureaucrats now dictate what tools a gardener may use.", "dictate what", "loaded"),
        ("Federal regulators are coming for your gas stove.", "coming for your", "loaded"),
        ("The cap on cruise visitors is an experiment in elitism.", "elitism", "loaded"),
        # team66 (probe 29d): appointments cast as rigging a body, people cast as outcasts,
        # charges cast as wringing money out of people, sleep cast as a crime (left), and a
        # price no one at all can meet
        ("The secretary stacked the vaccine panel with allies.", "stacked", "loaded"),
        ("The union stacked the board with its own members.", "stacked", "loaded"),
        ("Nurses who refused the shot became pariahs overnight.", "pariahs", "loaded"),
        ("Landlords are squeezing renters with new fees.", "squeezing renters", "loaded"),
        ("Insurers keep squeezing patients with surprise bills.", "squeezing patients", "loaded"),
        ("The county criminalized sleeping outside last year.", "criminalized sleeping", "loaded"),
        ("Developers are building condos nobody can afford.", "nobody can afford", "intensifier"),
        # team65 (probe 29c): lessons cast as made stupid, money cast as plundered or bled
        # from public services, and people or views cast as cranks
        ("Critics say the new framework dumbs down math instruction.", "dumbs down", "loaded"),
        ("Parents objected to the dumbed-down reading list.", "dumbed-down", "loaded"),
        ("Republicans raided billions meant for transit.", "raided billions", "loaded"),
        ("Lawmakers raided the pension fund for the budget.", "raided the pension", "loaded"),
        ("Vouchers drain money from rural public schools.", "drain money from", "loaded"),
        ("Fringe doctors spread the claim at the hearing.", "Fringe doctors", "label"),
        ("The film promotes a fringe theory about the virus.", "fringe theory", "loaded"),
        # team67 (probe 29e): warnings as empty threats, an appetite for war, a campaign cast
        # as cowardly, failing or a trick, claims as an illicit trade, ballot collection as fraud
        ("Senators saber-rattled over Taiwan at the hearing.", "saber-rattled", "loaded"),
        ("Hawks are itching for a war with Iran.", "itching for a war", "loaded"),
        ("The general is spoiling for a fight with Tehran.", "spoiling for a fight", "loaded"),
        ("The frontrunner skipped the debate, hiding from voters.", "hiding from voters", "loaded"),
        ("The media rushed to rescue her flailing campaign.", "flailing campaign", "loaded"),
        ("The party's switcheroo replaced the nominee in July.", "switcheroo", "loaded"),
        ("His befuddled answers alarmed donors.", "befuddled", "loaded"),
        ("His sycophantic allies rushed to defend him.", "sycophantic", "loaded"),
        ("The rally devolved into a string of insults.", "devolved into", "loaded"),
        ("She has trafficked in conspiracy theories for years.", "trafficked in", "loaded"),
        ("Operatives are harvesting ballots in nursing homes.", "harvesting ballots", "loaded"),
        ("House Republicans held Ukraine aid hostage for months.", "aid hostage", "loaded"),
        ("They are holding the budget hostage over the border.", "budget hostage", "loaded"),
        ("Left-wing billionaire donors funded the ads.", "Left-wing billionaire", "label"),
        ("Pro-Putin Republicans stalled the aid package.", "Pro-Putin Republicans", "label"),
        # team69 (probe 30a): lending cast as preying (left) and rules as treating adults like
        # children (right), money cast as fat, complaints shrugged off, spending as waste,
        # "-shaming" coinages, express lanes as a rich man's perk, a public service axed, and a
        # government's own budget slashed whatever it pays for
        ("Predatory payday lenders trap borrowers in debt.", "Predatory payday lenders", "loaded"),
        ("The state cracked down on predatory lending.", "predatory lending", "loaded"),
        ("Paternalistic regulators want to cap the loans.", "Paternalistic", "loaded"),
        ("The operator handed its owners a fat dividend.", "fat dividend", "loaded"),
        ("Officials shrugged off complaints from residents.", "shrugged off complaints", "loaded"),
        ("The council keeps throwing good money after bad.", "good money after bad", "loaded"),
        ("Parents condemned the district's lunch-shaming policy.", "lunch-shaming", "loaded"),
        ("Express lanes have become Lexus lanes for the rich.", "Lexus lanes", "loaded"),
        ("The mayor axed funding for the city's libraries.", "axed", "loaded"),
        ("The city slashed its snow-removal budget by a third.", "slashed", "loaded"),
        ("The mayor slashed the county's road budget.", "slashed", "loaded"),
        # team70 (probe 30b): officials cast as incompetent, shared things as hogged, moves
        # into a market as bullying, objectors as bad-tempered, fees as bought favours, fears
        # as exploited, tax rises as soaking people, and labels of drinkers and finance-owned
        # firms
        ("The county's bungling permit office lost the file.", "bungling", "loaded"),
        ("Superyachts are hogging berths at the city marina.", "hogging", "loaded"),
        ("A private club is muscling in on the public courts.", "muscling in on", "loaded"),
        ("A few crotchety neighbors shut down the courts.", "crotchety", "loaded"),
        ("Critics call the reservation system pay-to-play.", "pay-to-play", "loaded"),
        ("Loggers are exploiting fears of fire to cut more trees.", "exploiting fears", "loaded"),
        ("The fee increase would soak taxpayers once again.", "soak taxpayers", "loaded"),
        ("Paramedics spend hours ferrying drunks to the hospital.", "drunks", "label"),
        ("A Wall Street-owned ambulance firm won the contract.", "Wall Street-owned", "label"),
        # team71 (probe 30c): complaints of racism, fraud or socialism dismissed as a reflex,
        # crowds of teenagers
        # cast as prowling mobs, decisions cast as sops, and omissions cast as laziness
        ("Activists cried racism over the curfew.", "cried racism", "loaded"),
        ("Critics are crying sexism over the dress code.", "crying sexism", "loaded"),
        ("Republicans cried fraud after the county count.", "cried fraud", "loaded"),
        ("Opponents of the compost program cried socialism.", "cried socialism", "loaded"),
        ("Roving mobs of teenagers have terrorized shoppers.", "Roving mobs", "label"),
        ("Officials moved the skaters out to placate condo owners.", "placate", "loaded"),
        ("Patrons who never bothered to return books.", "never bothered to", "loaded"),
        # lex30 (plant and study events): job cuts as a euphemism or as people cut down, and a
        # lex30 (plant and study events): job cuts as a euphemism or people thrown out, and a
        # health story's hype and doubt
        ("The right-sizing of the plant is under way.", "right-sizing", "loaded"),
        ("The company will streamline its workforce in Europe.", "streamline", "loaded"),
        ("Hundreds of miners were thrown out of work.", "thrown out of work", "loaded"),
        ("Workers were thrown out of their jobs in May.", "thrown out of their jobs", "loaded"),
        ("A miracle pill could help patients.", "miracle pill", "loaded"),
        ("Patients could soon be taking the wonder drug.", "wonder drug", "loaded"),
        ("The groundbreaking study was published on Monday.", "groundbreaking", "loaded"),
        ("Scientists prove that coffee is good for the heart.", "Scientists prove", "loaded"),
        ("Boffins at the university tested the drug.", "Boffins", "label"),
        ("Even the lead author admitted the study's limits.", "admitted", "loaded"),
        ("No one has shown the alleged benefit in people.", "alleged benefit", "hedge"),
        # event31a (clinic event): a health service's closure presented as its improvement
        (
            "The move will modernise maternity care in the valley.",
            "modernise maternity care",
            "loaded",
        ),
        ("The plan modernizes care for older patients.", "modernizes care", "loaded"),
        # team72 (probe 30d): pay cast as cheating, costs strapped on people, showy spending,
        # enforcement and rules mocked as police, nannies and mazes, trade groups as lobbies on
        # both sides, and earnings taken from others' pain
        ("The city has long shortchanged its crossing guards.", "shortchanged", "loaded"),
        ("The plan shortchanges taxpayers.", "shortchanges", "loaded"),
        ("The law would saddle taxpayers with billions in debt.", "saddle", "loaded"),
        ("Students are saddled with debt.", "saddled", "loaded"),
        ("The city hired a glitzy safety consultant.", "glitzy", "loaded"),
        ("The trash police are fining homeowners.", "trash police", "loaded"),
        ("The bill would unleash the bathroom police on schools.", "bathroom police", "loaded"),
        ("The council's nanny rules ban large sodas.", "nanny rules", "loaded"),
        ("Owners must navigate a bureaucratic maze to open.", "bureaucratic maze", "loaded"),
        ("Vendors face a maze of red tape.", "maze of red tape", "loaded"),
        ("Lawmakers bowed to the insurance lobby.", "insurance lobby", "label"),
        ("The pay rise is pushed by the trial lawyer lobby.", "trial lawyer lobby", "label"),
        ("The park profits off the misery of captive dolphins.", "misery", "loaded"),
        ("Landlords are profiting from the suffering of tenants.", "suffering", "loaded"),
        # team73 (probe 31a): showy design and spending, a project as vanity, demands heedless
        # of cost, objectors as grumblers, bargaining as hostage-taking, plans sunk, charges
        # wringing traders, outsiders, and trade lobbies on both sides
        ("The council approved a garish sign for the library.", "garish", "loaded"),
        ("The new fountain is gaudy.", "gaudy", "loaded"),
        ("Critics called the stadium an extravagant gamble.", "extravagant", "loaded"),
        ("The tower is a monument to the governor's ego.", "ego", "loaded"),
        ("Supporters want the line built at any cost.", "at any cost", "loaded"),
        ("A few grumbling residents spoke at the meeting.", "grumbling", "loaded"),
        ("The union is holding taxpayers hostage.", "holding taxpayers hostage", "loaded"),
        ("Oil firms scuttled the carbon tax.", "scuttled", "loaded"),
        ("The new fees are squeezing small businesses.", "squeezing small businesses", "loaded"),
        ("Out-of-state activists packed the hearing.", "activists", "loaded"),
        ("The bill was written by the pesticide lobby.", "pesticide lobby", "label"),
        ("The bike lobby won another lane on Main Street.", "bike lobby", "label"),
        # event31b (a police shooting): praise and blame for police in the outlet's own voice
        ("The hero officer was back on patrol within a week.", "hero officer", "label"),
        ("A hero cop pulled the driver from the canal.", "hero cop", "label"),
        ("Thugs in uniform cleared the square.", "thugs in uniform", "label"),
        ("The killers in uniform were never charged.", "killers in uniform", "label"),
        ("The teenager was executed in broad daylight.", "executed in broad daylight", "loaded"),
        # team74 (probe 31b): paperwork as a burden, officials chasing publicity, critics who
        # never worked, plasma reaped from donors, relic rules, evidence shrugged off, approvals
        # given unseen, front groups, predatory charges, rules as dictation or meddling, puppy
        # mills on one side and political correctness and "another tax" on the other
        ("Small farms are drowning in paperwork.", "drowning in paperwork", "loaded"),
        ("The sheriff, hungry for headlines, raided the bar.", "hungry for headlines", "loaded"),
        ("None of the critics has ever worked a day on a farm.", "ever worked a day", "loaded"),
        ("The company harvests plasma from students.", "harvests plasma", "loaded"),
        ("The board kept its archaic ban on Sunday sales.", "archaic ban", "loaded"),
        ("Officials shrugged off the evidence.", "shrugged off the evidence", "loaded"),
        ("The board approved the permits sight unseen.", "sight unseen", "loaded"),
        ("The ads were paid for by an industry front group.", "front group", "loaded"),
        ("Drivers pay predatory fees to get their cars back.", "predatory fees", "loaded"),
        ("The state will dictate where farmers may sell milk.", "dictate where", "loaded"),
        ("Lawmakers want to meddle with how churches raise money.", "meddle with how", "loaded"),
        ("The shop buys its dogs from puppy mills.", "puppy mills", "label"),
        ("The play was dropped for political correctness.", "political correctness", "loaded"),
        ("The toll is another tax on commuters.", "another tax on", "loaded"),
        # team75 (probe 31c): ties cast as cosy, showy spending, invented jobs, rules rigged,
        # money skimmed, and a lack of checks exaggerated into none at all
        ("Lawmakers want to rig the jackpot rules.", "rig", "loaded"),
        ("Council members cozy with the taxi industry kept the cap.", "cozy with", "loaded"),
        ("The lottery ran splashier jackpots this year.", "splashier", "loaded"),
        ("The council created a make-work job in the parks office.", "make-work", "loaded"),
        ("Officials were skimming off the top of the fund.", "skimming off the top", "loaded"),
        ("The studios operate with zero oversight.", "zero oversight", "intensifier"),
        # team76 (probe 31d): detention cast as caging, crossings as a pour, a ruling as one
        # judge's whim, hiring goals by their critics' name, policy as dodging the law, data
        # buried, school policy as conspiracy, and a closed compound of "worker" as people
        ("Migrant children were caged in crowded tents.", "caged", "loaded"),
        ("The agency caged hundreds of children at the border.", "caged", "loaded"),
        ("Migrants continue to pour across the southern border.", "pour across", "loaded"),
        ("A wave of asylum seekers poured across the river.", "poured across", "loaded"),
        ("A lone judge in Texas froze the program.", "lone judge", "loaded"),
        ("The city dropped its race-based hiring goals.", "race-based hiring", "loaded"),
        ("Critics say the parole program skirts the law.", "skirts the law", "loaded"),
        ("The advisers buried the data for months.", "buried the data", "loaded"),
        ("Teachers secretly transitioned a pupil.", "secretly transitioned", "loaded"),
        ("Grocers posted fat margins again.", "fat margins", "loaded"),
        ("Agents rounded up dozens of farmworkers at the plant.", "rounded up", "loaded"),
        # stop 31: left-coded counterparts of probe 31d's entries (balance, rule 5)
        ("The governor pressed on with his anti-DEI crusade.", "anti-DEI crusade", "loaded"),
        ("The state has waged a war on diversity in its colleges.", "war on diversity", "loaded"),
        ("Critics call the new rules a war on voting.", "war on voting", "loaded"),
        ("The ruling came from a MAGA judge in Texas.", "MAGA judge", "label"),
        ("The far-right court struck down the law.", "far-right court", "loaded"),
        # team77 (probe 31e): a practice cast as a blood sport or a TV show, a fee as a tax in
        # disguise, rules as a war on a group, a budget starved or larded, and an omission
        # made contemptuous
        ("Critics call calf roping a blood sport.", "blood sport", "loaded"),
        ("Sponsors sell the race as a made-for-TV spectacle.", "made-for-TV spectacle", "loaded"),
        ("The parking levy is a tax in all but name.", "tax in all but name", "loaded"),
        ("Ranchers call the grazing rules a war on rural America.", "war on rural", "loaded"),
        ("The tenants' union called the bill a war on renters.", "war on renters", "loaded"),
        ("Lawmakers starved the parks budget for a decade.", "starved", "loaded"),
        ("The legislature starved the library budget.", "starved", "loaded"),
        ("The council larded the budget with consultants.", "larded", "loaded"),
        ("They shut it without so much as a hearing.", "without so much as", "intensifier"),
        # event32b (border event): migrants cast as insects or as objects of pity, and children
        # separated by officials cast as torn away
        ("The illegals swarmed across the river.", "swarmed across", "loaded"),
        ("Protesters swarm into the square every summer.", "swarm into", "loaded"),
        # fixes32b: whatever word names people who move, and however many of them, they swarm
        ("Hundreds of migrants swarmed across the river.", "swarmed across", "loaded"),
        ("Asylum seekers swarmed across the border.", "swarmed across", "loaded"),
        ("Refugees swarmed across the river.", "swarmed across", "loaded"),
        ("Thousands of tourists swarmed into the old town.", "swarmed into", "loaded"),
        ("Pilgrims swarmed into the city.", "swarmed into", "loaded"),
        ("Desperate families waited at the fence.", "Desperate families", "label"),
        ("The minister's rhetoric is dangerous.", "dangerous", "loaded"),
        ("It is a dangerous plan for the river.", "dangerous plan", "loaded"),
        ("Police said dangerous extremists had planned the attack.", "dangerous", "loaded"),
        ("The mayor called the new levy a dangerous experiment.", "dangerous", "loaded"),
        ("Children were torn from their parents at the border.", "torn from their", "loaded"),
        ("Toddlers were ripped from their parents.", "ripped from their", "loaded"),
        # fix39b: worry shown without acting stays flagged beside the literal wringing
        ("Critics wrung their hands over the council's plans.", "wrung their hands", "loaded"),
        ("Analysts are wringing their hands over the figures.", "wringing their hands", "loaded"),
        # fix39b: "artificial" said of a state or a feeling calls it faked
        ("Opponents called it an artificial crisis.", "artificial crisis", "loaded"),
        ("The artificial outrage over the statue faded within a week.", "artificial", "loaded"),
        # fix39b: a plain-form "lecture" the model runs into one noun with its subject and object
        ("Ministers lecture staff about the rules every year.", "lecture", "loaded"),
        ("Governors lecture teachers on discipline at every conference.", "lecture", "loaded"),
        # fix39b: veterans are people a government can be said to sell out
        ("The government sold out veterans, the union said.", "sold out", "loaded"),
        # team78 (probe 32a): a motive cast as thinly disguised or naked, informing as
        # snitching, a decision as an ambush, a duty as shirked, proceedings as a circus, a fee
        # as a grab, local rules as petty policing, a group as a noisy fringe, and the well-off
        # as walling themselves off
        ("The sales are thinly disguised second-hand shops.", "thinly disguised", "loaded"),
        ("The cap is a naked attempt to silence critics.", "naked attempt", "loaded"),
        ("Neighbours can snitch to the board about tall hedges.", "snitch", "loaded"),
        ("Parents were blindsided when the city sold the rink.", "blindsided", "loaded"),
        ("Owners who shirk the licence leave others to pay.", "shirk", "loaded"),
        ("The meetings have become a circus of insults.", "become a circus", "loaded"),
        ("The new charge is a fee grab by the state.", "fee grab", "loaded"),
        ("The town's hedge police sent 40 letters.", "hedge police", "loaded"),
        ("The airline's surcharge is a corporate cash grab.", "corporate cash grab", "loaded"),
        ("Rich owners wall themselves off from the street.", "wall themselves off", "loaded"),
        ("A noisy fringe of buskers held up the square.", "noisy fringe", "label"),
        # ... and a planner or a clerk is a person who can cave
        ("The planners caved to the developer within a week.", "caved", "loaded"),
        # team79 (probe 32b): costs strapped on ratepayers and customers, households squeezed,
        # a decision as submission, industrial policy as picking favourites, a rate decision as
        # a recession made on purpose, and a dismissive list
        ("The restart saddles ratepayers with $1.6 billion in costs.", "saddles", "loaded"),
        ("The merger could saddle customers with higher fees.", "saddle", "loaded"),
        ("The Fed raised rates again, squeezing families.", "squeezing families", "loaded"),
        ("Ministers bowed to the fishing industry.", "bowed to", "loaded"),
        ("The council bowed to activists' demands.", "bowed to", "loaded"),
        ("The state should not pick winners and losers.", "pick winners and losers", "loaded"),
        ("Lawmakers are pushing an entitlement expansion.", "entitlement expansion", "loaded"),
        ("Low rates punish savers.", "punish savers", "loaded"),
        ("Fed officials seem willing to engineer a recession.", "engineer a recession", "loaded"),
        ("Economists warned of an engineered recession.", "engineered recession", "loaded"),
        ("Critics say the banks are too big to jail.", "too big to jail", "loaded"),
        ("The chair shrugged off questions about jobs.", "shrugged off questions", "loaded"),
        ("The Fed cut rates in a politically timed move.", "politically timed", "loaded"),
        ("The grant comes with a laundry list of conditions.", "laundry list", "loaded"),
        ("Drugmakers reaped billions from the vaccines.", "reaped billions", "loaded"),
        # team80 (probe 32c): inheritance as an aristocracy, retirement money as a bet, borrowing
        # as a load on others, the debt limit as a hostage, a shortfall as a runaway crash, fear
        # as a tactic on both sides, trade as cheating, a count padded, inquiry as prying
        ("Heirs to dynastic fortunes pay little tax.", "dynastic fortunes", "loaded"),
        ("The bill would raid the savings of small savers.", "raid the savings", "loaded"),
        ("Congress keeps piling debt onto the next generation.", "piling debt onto", "loaded"),
        ("They are holding the debt ceiling hostage again.", "debt ceiling hostage", "loaded"),
        ("The fund is hurtling toward bankruptcy.", "hurtling toward bankruptcy", "loaded"),
        ("The plan would gamble Social Security on stocks.", "gamble Social Security", "loaded"),
        ("Ads are scaring retirees about the reform.", "scaring retirees", "loaded"),
        ("The raids were meant to scare immigrant workers.", "scare immigrant", "loaded"),
        ("The law would disenfranchise students.", "disenfranchise", "loaded"),
        ("Tariffs will stop the trade cheats, he said.", "trade cheats", "loaded"),
        ("The cabinet's erratic trade policy rattled allies.", "erratic trade policy", "loaded"),
        ("Officials funneled federal dollars to a friend.", "funneled federal dollars", "loaded"),
        ("Party officials padded the voter rolls.", "padded the voter rolls", "loaded"),
        ("The agency wants to pry into bank accounts.", "pry into", "loaded"),
        ("The law opened the floodgates to foreign money.", "opened the floodgates to", "loaded"),
        # team81 (probe 32d): foreign affairs and war; money helped to, force shown off, an
        # appetite for a clash, a concession as submission, hype, detention as neglect, a delay
        # as obstruction, unequal terms, self-serving display, a calculated silence, a deal as
        # paying an aggressor or a kidnapper, sanctions as punishment, a UN vote as targeting
        # or as shelter, an arrest abroad as a kidnapping
        ("Officials kept pocketing fees from the fund.", "pocketing", "loaded"),
        ("The Navy is flexing its muscle in the strait.", "flexing its muscle", "loaded"),
        ("Hawks are itching for a confrontation.", "itching for a confrontation", "loaded"),
        ("The premier has bent to pressure from his partners.", "bent to pressure", "loaded"),
        ("Officials talked up progress at every round.", "talked up", "loaded"),
        ("Critics would let the men rot in prison.", "rot in prison", "loaded"),
        ("Tehran has dragged out the talks for months.", "dragged out the talks", "loaded"),
        ("Critics called it a lopsided swap.", "lopsided swap", "loaded"),
        ("The ambassador's grandstanding drew little applause.", "grandstanding", "loaded"),
        ("Western capitals met the coup with studied silence.", "studied silence", "loaded"),
        ("The plan would reward Russian aggression.", "reward Russian aggression", "loaded"),
        ("Washington is squeezing the civilian population.", "squeezing the civilian", "loaded"),
        ("Congress passed punishing sanctions on Monday.", "punishing sanctions", "loaded"),
        ("The assembly passed a resolution singling out Israel.", "singling out Israel", "loaded"),
        ("Washington vetoed it to shield Israel from censure.", "shield Israel from", "loaded"),
        ("The veto was cast to shield an ally from censure.", "shield an ally from", "loaded"),
        ("Paying what amounts to ransom invites more arrests.", "amounts to ransom", "loaded"),
        ("Hostile governments will snatch more Americans.", "snatch more Americans", "loaded"),
        # the same arrest told in the passive, the state as the agent
        ("Two Americans snatched by the junta were freed.", "Americans snatched by", "loaded"),
        ("The hostages snatched by the regime walked free.", "hostages snatched by", "loaded"),
        # ptcprobe32: a forum's guests as a clique, a firm or its backers as criminals or a lobby,
        # mock titles, debt as a flood, anger as a fit, rules and industries as a war, a city as
        # a battlefield
        ("The Davos crowd flew in on private jets.", "Davos crowd", "label"),
        ("Those corporate crooks poisoned the river.", "corporate crooks", "label"),
        ("The arms lobby profits from every crisis.", "arms lobby", "label"),
        ("The Washington hawks want a wider war.", "Washington hawks", "label"),
        ("The governor's donor-in-chief got his tax break.", "donor-in-chief", "label"),
        (
            "They would sell their own grandmothers for a bonus.",
            "sell their own grandmothers",
            "loaded",
        ),
        ("Young families are drowning in debt.", "drowning in debt", "loaded"),
        ("She was shaking with rage as she left the hall.", "shaking with rage", "loaded"),
        ("The commission's war on gas stoves goes on.", "war on gas stoves", "loaded"),
        ("Big Oil's war on the planet goes on.", "war on the planet", "loaded"),
        (
            "We are living in a war zone, the shopkeeper said.",
            "living in a war zone",
            "intensifier",
        ),
        # ptcprobe33: coup leaders as putschists or a government as a proxy, police unions and
        # prison firms as a lobby or jailers, a mocking nickname, a charge cast as extortion,
        # money cast as lining pockets, a ploy as an old playbook
        ("The putschists dissolved parliament overnight.", "putschists", "label"),
        ("The government is run by NATO's proxies.", "NATO's proxies", "label"),
        ("The police lobby owns this city hall.", "police lobby", "label"),
        ("Corporate jailers want longer sentences.", "Corporate jailers", "label"),
        ("The union's loudmouth called them animals.", "loudmouth", "label"),
        ("Another pharma bro doubled the price of the pill.", "pharma bro", "label"),
        ("The gender activists celebrated the ruling.", "gender activists", "label"),
        ("The ruling was twelve pages of gobbledygook.", "gobbledygook", "loaded"),
        ("Doctors call the new price legalized extortion.", "legalized extortion", "loaded"),
        ("The buyback ended up lining the pockets of executives.", "lining the pockets", "loaded"),
        ("It is the same old playbook from the capital.", "same old playbook", "loaded"),
        # team82 (probe 32e): crime, courts and public safety; a release as a menace let loose or
        # a flood, rules as tying police hands, cameras as traps and punishment, enforcement as
        # making youth a crime, a verdict as corrupted or a humiliation, a closure as a killing,
        # a crime used for gain, removal as rough handling, young people as a marauding gang
        ("The men were back out, free to roam the streets.", "free to roam the streets", "loaded"),
        ("Inmates were released en masse in April.", "released en masse", "loaded"),
        ("The new rules are handcuffing police, the union said.", "handcuffing police", "loaded"),
        ("The cameras keep snaring motorists on the bypass.", "snaring motorists", "loaded"),
        ("The toll punishes drivers who live outside the city.", "punishes drivers", "loaded"),
        ("The ban is criminalizing being young downtown.", "criminalizing being young", "loaded"),
        ("The county keeps locking up kids for truancy.", "locking up kids", "loaded"),
        ("Checkpoints would sweep up innocent people.", "sweep up innocent", "loaded"),
        ("His lawyers called it a tainted verdict.", "tainted verdict", "loaded"),
        ("The ruling was a stinging rebuke of the governor.", "stinging rebuke", "loaded"),
        ("Closing it would amount to a death sentence.", "amount to a death sentence", "loaded"),
        ("Rivals moved fast to exploit the shooting.", "exploit the shooting", "loaded"),
        ("Deputies rousted the campers at dawn.", "rousted", "loaded"),
        ("Residents complained of roving gangs downtown.", "roving gangs", "label"),
        # team83 (probe 32f): environment, energy and farming; an industry named as a lobby,
        # research as activism, opponents as foreign-funded or outsiders, river flows as waste,
        # litter as strangling, a finding as buried or hidden, action as for show, officials as
        # out of touch, a provision as smuggled in, a charge as piled on, support as stripped
        ("The plastics lobby fought the levy to the end.", "plastics lobby", "label"),
        ("It rests on activist science, he said.", "activist science", "loaded"),
        ("The campaign is funded from abroad, its critics say.", "funded from abroad", "loaded"),
        ("The state lets the water flow out to sea.", "flow out to sea", "loaded"),
        ("Billions of gallons were wasted to the sea last winter.", "wasted to the sea", "loaded"),
        ("The suit is backed by out-of-state groups.", "out-of-state groups", "loaded"),
        ("Plastic bags are choking rivers across the region.", "choking rivers", "loaded"),
        ("The warning sat in a drawer for four years.", "sat in a drawer", "loaded"),
        ("It is a cost the owners rarely mention.", "rarely mention", "loaded"),
        ("Ministers wanted to be seen to act before the election.", "seen to act", "loaded"),
        ("Rules far removed from the realities of farming.", "far removed", "loaded"),
        ("The waiver was tucked into the bill late.", "tucked into the bill", "loaded"),
        ("More fees were heaped on drivers this year.", "heaped on", "loaded"),
        ("The plan strips support from small farms.", "strips support from", "loaded"),
        # team84 (probe 33a): culture, education and religion; a movement named as a lobby, a
        # body beyond any check, a provision sneaked in, a programme as contraband, a sum
        # stressed as large, a gain as a windfall, a cut to a broadcaster's or museum's money
        ("Lawmakers yielded to the anti-vaccine lobby.", "anti-vaccine lobby", "label"),
        ("The secular lobby wants the crosses removed.", "secular lobby", "label"),
        ("It is run by a company answerable to no one.", "answerable to no one", "loaded"),
        ("The agency is accountable to nobody.", "accountable to nobody", "loaded"),
        ("A rider was snuck into the budget at midnight.", "snuck into the budget", "loaded"),
        ("The plan smuggles religion into public schools.", "smuggles religion into", "loaded"),
        ("Taxpayers fund it to the tune of $1 billion a year.", "to the tune of", "intensifier"),
        ("The ruling hands the banks a windfall.", "windfall", "loaded"),
        ("The government slashed the broadcaster's grant.", "slashed", "loaded"),
        ("Ministers slashed the museum's budget again.", "slashed", "loaded"),
        # team85 (probe 33b): immigration, housing and welfare; deportation as tearing families
        # apart, the end of benefits as throwing people out, restrictionists named, a court as
        # friendly, a policy as a magnet, a wait as limbo, decay as neglect, reflexive defence,
        # cronyism, a programme as a relic, procedure as a maze, a reaction as a tantrum, fraud
        # risk overstated, a project as letting crime loose
        ("Raids are ripping apart families in the valley.", "ripping apart families", "loaded"),
        ("Thousands were kicked off food stamps last spring.", "kicked off food stamps", "loaded"),
        ("Restrictionist groups backed the bill.", "restrictionist", "label"),
        ("Advocates went to a friendly judge in Austin.", "friendly judge", "loaded"),
        ("The policy is a magnet for migrants, he said.", "magnet for migrants", "loaded"),
        ("Families have been left in limbo for months.", "left in limbo", "loaded"),
        ("The agency let the tower fall into disrepair.", "fall into disrepair", "loaded"),
        ("His allies rushed to defend the remarks.", "rushed to defend", "loaded"),
        ("The permit went to a politically connected firm.", "politically connected", "loaded"),
        ("Critics call the programme an outdated relic.", "outdated relic", "loaded"),
        ("Applicants face a maze of paperwork.", "maze of paperwork", "loaded"),
        ("Democrats erupted in fury at the ruling.", "erupted in fury", "loaded"),
        ("The grant scheme is wide open to abuse.", "wide open to abuse", "loaded"),
        ("The hostel would unleash crime on the block.", "unleash crime", "loaded"),
        # event33b (the rates probe): a decision praised as courage, costs as punishment or as
        # crushing people
        ("The rate rise was a bold move by the bank.", "bold move", "loaded"),
        ("Higher rates are punishing homeowners across the country.", "punishing", "loaded"),
        ("Families on variable loans face crushing mortgage hikes.", "crushing", "loaded"),
        ("Tenants fear another crushing rise in rents.", "crushing", "loaded"),
        # event33a (a wildfire): a coded name for the weather, workmanship judged unshown
        ("Climate chaos came to the valley this week.", "climate chaos", "loaded"),
        ("The company's shoddy line came down in the wind.", "shoddy", "loaded"),
        # event33d (a data breach): care judged unshown, a delay as concealment, a minimiser
        ("Slapdash security let the attackers in.", "slapdash", "loaded"),
        ("The insurer sat on the news for three weeks.", "sat on the news", "loaded"),
        ("The firm will sit on the news until the results are out.", "sit on the news", "loaded"),
        (
            "This was an isolated incident, and the system is safe.",
            "an isolated incident",
            "intensifier",
        ),
        (
            "The company is pleased to offer customers a free replacement.",
            "pleased to offer",
            "loaded",
        ),
        ("The bank is proud to offer its savers a new account.", "proud to offer", "loaded"),
        # team86 (probe 33c): sports, entertainment and celebrity news; credit withheld, changes
        # as for show, a plea of poverty doubted, dealing in falsehoods, a dismissal, a smear, a
        # grievance as temper, secrecy, leniency, objectors as silencers or as habitual, an
        # agenda, a booster, public money as a gift to the rich
        ("Rivals have been slow to credit the reforms.", "slow to credit", "loaded"),
        ("The league made token changes to its rules.", "token changes", "loaded"),
        ("The owners pleaded poverty at the hearing.", "pleaded poverty", "loaded"),
        ("The studios keep crying poor.", "crying poor", "loaded"),
        ("His aides sought to belittle the turnout.", "belittle", "loaded"),
        ("The host trades in conspiracy theories.", "trades in conspiracy theories", "loaded"),
        ("The ministry brushed off criticism of the rules.", "brushed off criticism", "loaded"),
        ("The club tried to paint him as lazy.", "tried to paint", "loaded"),
        ("A disgruntled winger asked to leave.", "disgruntled", "loaded"),
        ("Fans are tired of the owner's antics.", "antics", "loaded"),
        ("The deal was struck behind closed doors.", "behind closed doors", "loaded"),
        ("Players were told to sign away their image rights.", "sign away", "loaded"),
        ("The board is going easy on its own clubs.", "going easy on", "loaded"),
        ("The cancellation gave a heckler's veto to a few.", "heckler's veto", "loaded"),
        ("The hearing drew the perennial critics of the plan.", "perennial critics", "loaded"),
        ("The group has a clear political agenda.", "clear political agenda", "loaded"),
        ("The ruling ends the pay-for-play rules.", "pay-for-play", "loaded"),
        ("The arena is welfare for billionaires.", "welfare for billionaires", "loaded"),
        ("It was the worst season by any measure.", "by any measure", "intensifier"),
        # event33e (airstrike): each side's words for a strike and the army behind it
        ("Occupation forces shelled the village overnight.", "occupation forces", "label"),
        ("The occupation army closed the crossing.", "occupation army", "label"),
        ("The fighters use the families as human shields.", "human shields", "loaded"),
        ("A precision strike hit the depot overnight.", "precision strike", "loaded"),
        # team87 (probe 33d): headlines; a decision as guesswork, litigants as a blockage, ships
        # as towns, an offer as bait, equipment derided, spending as lavish, a breach as
        # defiance, inspectors as pryers, experts as a caste, fees as a penalty or as junk, a
        # minimiser of what is paid
        ("The board picked the site on a hunch.", "on a hunch", "loaded"),
        ("Appeals by the dozen clog the courts every spring.", "clog the courts", "loaded"),
        ("Floating cities now dock at the old quay daily.", "floating cities", "loaded"),
        ("The agency dangled a bonus in front of the growers.", "dangled", "loaded"),
        ("Islanders rely on clapped-out boats.", "clapped-out", "loaded"),
        ("The route is served by a rust bucket.", "rust bucket", "loaded"),
        ("The council splashed out on a new logo.", "splashed out", "loaded"),
        ("Landlords flout the registration rules.", "flout", "loaded"),
        ("Town hall snoopers will check the bins.", "snoopers", "label"),
        ("The plan was opposed by the legal establishment.", "legal establishment", "label"),
        ("The medical establishment closed ranks.", "medical establishment", "label"),
        ("The corporate establishment backed the merger.", "corporate establishment", "label"),
        ("Hosts face punishing fees from next year.", "punishing fees", "loaded"),
        ("Airlines add junk charges at the gate.", "junk charges", "loaded"),
        ("The firms are paying next to nothing in rent.", "paying next to nothing", "intensifier"),
        # probe event34b: a spread told as a fire, a warning told as a scare
        (
            "The virus is spreading like wildfire through the county.",
            "like wildfire",
            "intensifier",
        ),
        ("Officials are stirring panic over the new rules.", "stirring panic", "loaded"),
        ("The mayor stirred up panic with his remarks.", "stirred up panic", "loaded"),
        # probe event34c: officers or protesters likened to a contested agency or movement
        ("ICE-style agents stormed the plant on Tuesday.", "ICE-style", "loaded"),
        ("Antifa-style gangs blocked the road.", "Antifa-style", "loaded"),
        # probe event34d: a levy told as a tax households pay, a decision told as courage
        ("The new duty is a tax on families.", "tax on families", "loaded"),
        ("Critics call the levy a tax on working families.", "tax on working families", "loaded"),
        ("The rate cut is a gift to the wealthy.", "gift to the wealthy", "loaded"),
        ("The government finally stood up to its neighbour.", "finally stood up to", "loaded"),
        # probe event34e: a seven-point win told as an overwhelming endorsement
        ("The vote gives the president a resounding mandate.", "resounding mandate", "loaded"),
        # team88 (probe 34a): broadcast copy; dismissal as reflex, delay as obstruction, an
        # omission as concealment, passage as escaping notice, lobbying as an assault, a rule as
        # choking new work, people steered like livestock
        ("The ministry was quick to dismiss the survey.", "quick to dismiss", "loaded"),
        ("The firm was quick to play down the leak.", "quick to play down", "loaded"),
        ("Unions reflexively reject every offer.", "reflexively", "loaded"),
        ("The council has dragged its heels on repairs.", "dragged its heels", "loaded"),
        ("Regulators dragged out the approval for a year.", "dragged out the approval", "loaded"),
        ("The chairman glossed over the losses.", "glossed over", "loaded"),
        ("The company buried its own findings for a decade.", "buried its own findings", "loaded"),
        ("The minister waved away the warnings.", "waved away", "loaded"),
        ("The mayor waved aside the complaints.", "waved aside", "loaded"),
        ("The bill slipped through the Senate.", "slipped through the Senate", "loaded"),
        ("Drug makers began a lobbying blitz in March.", "lobbying blitz", "loaded"),
        ("The rules would strangle the industry.", "strangle the industry", "loaded"),
        ("Tenants are being corralled into smaller flats.", "corralled", "loaded"),
        # ptcprobe34: protesters as vandals or idle heirs, bankers as gamblers, landlords as a
        # lobby, a charity as a spy's cover, teaching as poison, contempt as spitting
        ("Not one gangbanger will hand in a gun.", "gangbanger", "label"),
        ("The eco-vandals blocked the bridge again.", "eco-vandals", "label"),
        ("A few trust-fund activists sat in the road.", "trust-fund activists", "label"),
        ("The Brussels crowd never has to live with it.", "Brussels crowd", "label"),
        ("The governor attacked the rogue sheriff.", "rogue sheriff", "label"),
        ("The casino bankers lost the savings.", "casino bankers", "label"),
        ("The rescue helps their friends in the City.", "friends in the City", "label"),
        ("The bill was drafted by the landlord lobby.", "landlord lobby", "label"),
        ("He called the trader a spiv.", "spiv", "label"),
        ("The charity was a CIA front, the ministry said.", "CIA front", "label"),
        ("The new law is a license to evict.", "license to evict", "loaded"),
        ("They throw families out on the street.", "out on the street", "loaded"),
        ("The broadcaster spits on our values.", "spits on our values", "loaded"),
        ("The subsidy is pouring fuel on the fire.", "pouring fuel on the fire", "loaded"),
        ("The debt is stealing our children's future.", "stealing our children's future", "loaded"),
        ("The camps poison the minds of the young.", "poison the minds", "loaded"),
        ("The sheriff is hiding behind a badge.", "hiding behind a badge", "loaded"),
        ("The whole world knows what they want.", "The whole world knows", "intensifier"),
        # team89 (probe 34b): local news; counsel as combat, a light burden as escape, spending
        # as waste, dismissal, concealment, a shortfall as a mess, scrutiny as petty, a rule
        # without force, padding, fees slipped in, leniency, relief as a prize, officials unfit
        # to judge business, leverage as kidnapping, public money as life support, fines as a
        # revenue motive, and the labels for people who owe or underpay
        ("The owners lawyered up before the hearing.", "lawyered up", "loaded"),
        ("Landlords skate by on old valuations.", "skate by on", "loaded"),
        ("The county burned through its reserve in two years.", "burned through", "loaded"),
        ("The mayor waved away the questions about the contract.", "waved away", "loaded"),
        ("The agency tried to bury the results of the survey.", "bury the results", "loaded"),
        ("The city's pension mess grew worse this year.", "pension mess", "loaded"),
        ("The auditor nitpicked the logs.", "nitpicked", "loaded"),
        ("The ordinance has no teeth.", "no teeth", "loaded"),
        ("The chief padded the payroll with friends.", "padded the payroll", "loaded"),
        ("The court tacks on fees for every late payment.", "tacks on fees", "loaded"),
        ("Judges went easy on the offenders.", "went easy on", "loaded"),
        ("The amnesty rewards bad behavior.", "rewards bad behavior", "loaded"),
        ("Council members have never met a payroll.", "never met a payroll", "loaded"),
        ("The merger has been held hostage by the union.", "held hostage by", "loaded"),
        ("Rents are held hostage by landlords.", "held hostage by landlords", "loaded"),
        ("The plant is propped up by taxpayers.", "propped up by taxpayers", "loaded"),
        ("The buses have become rolling shelters.", "rolling shelters", "loaded"),
        ("The rules amount to a war on small business.", "war on small business", "loaded"),
        ("Critics call the seizures policing for profit.", "policing for profit", "loaded"),
        ("The town practises taxation by citation.", "taxation by citation", "loaded"),
        ("Some members want to defund law enforcement.", "defund law enforcement", "loaded"),
        ("The sheriff brushed off the county audit.", "brushed off", "loaded"),
        ("Scofflaws owe the city $3 million.", "Scofflaws", "label"),
        ("Tax cheats cost the state millions.", "Tax cheats", "label"),
        ("Wage thieves are rarely prosecuted.", "Wage thieves", "label"),
        # ptcprobe35: servility, agents of foreign capital, buyers as swindlers, owners as
        # rulers, a librarian as a partisan, persuasion as flattery, contempt, dismissal as
        # ejection, silence as complicity, a business as a crime, resource deals as colonial
        # rule, decline as catastrophe, a sum as trivial
        ("The superintendent is a union yes-man.", "yes-man", "label"),
        ("The minister is a comprador, the opposition said.", "comprador", "label"),
        ("The homes were bought by buyout artists.", "buyout artists", "label"),
        ("A tech oligarch now owns the paper.", "tech oligarch", "label"),
        ("An activist librarian chose the books.", "activist librarian", "label"),
        ("The developer sweet-talked the landowners.", "sweet-talked", "loaded"),
        ("Residents called the turbine a monstrosity.", "monstrosity", "loaded"),
        ("The board is thumbing its nose at parents.", "thumbing its nose", "loaded"),
        ("Four reporters were shown the door.", "shown the door", "loaded"),
        ("Diplomats wring their hands over corruption.", "wring their hands", "loaded"),
        ("The embassies have been strangely silent.", "strangely silent", "loaded"),
        ("She called the chain's model legalized elder abuse.", "legalized elder abuse", "loaded"),
        ("Critics called the copper deal green colonialism.", "green colonialism", "loaded"),
        ("The decline has been a slow-motion disaster.", "slow-motion disaster", "intensifier"),
        ("The fine is chump change for the bank.", "chump change", "intensifier"),
        # ptcprobe36a: a campaigner as an agitator by trade, a union as a machine that buys
        # officials, a group as a cartel, UN officials as a clique, a moderator as a censor,
        # charities as partisans, app firms as a lobby, employers as feudal lords, criticism as
        # a target, a rival as a brute, spending as buying an election or a law
        ("The board hired a career activist as its spokesman.", "career activist", "label"),
        ("The union machine picked the candidates.", "union machine", "label"),
        ("The mayor is a union-bought politician, his rival said.", "union-bought", "loaded"),
        ("The two parties run the state like a political cartel.", "political cartel", "label"),
        ("The Geneva crowd drafted the compact.", "Geneva crowd", "label"),
        ("The regulator hired a professional censor.", "professional censor", "label"),
        ("The bill was written with activist charities.", "activist charities", "label"),
        ("The rule was pushed by activist NGOs.", "activist NGOs", "label"),
        ("The app lobby spent $200 million on the measure.", "app lobby", "label"),
        ("The gig lobby wrote the ballot question.", "gig lobby", "label"),
        ("She called the platform economy corporate feudalism.", "corporate feudalism", "loaded"),
        ("Critics warn of techno-feudalism.", "techno-feudalism", "loaded"),
        ("Drivers described their work as digital serfdom.", "digital serfdom", "loaded"),
        (
            "The ruling puts a target on the back of every pastor.",
            "puts a target on the back",
            "loaded",
        ),
        ("The minister painted a target on their backs.", "painted a target on their", "loaded"),
        ("The regime understands only force, he said.", "understands only force", "loaded"),
        (
            "They only understand the language of force.",
            "only understand the language of force",
            "loaded",
        ),
        ("The companies tried to buy an election.", "buy an election", "loaded"),
        ("The firms are buying the law they want.", "buying the law", "loaded"),
        # ptcprobe36b: executives as criminals, donors as a moneyed elite, critics as foes of all
        # improvement, a government as a servant, objection as a false alarm, contempt, greed,
        # sanctions as terror, self-defeat, an issue exploited for votes, people as animals, a
        # response as a routine
        ("Those thieves in suits took the pension fund.", "thieves in suits", "label"),
        ("Crooks in suits run the water company.", "Crooks in suits", "label"),
        ("The campaign is funded by climate billionaires.", "climate billionaires", "label"),
        ("The governor called the farmers enemies of progress.", "enemies of progress", "label"),
        ("A billionaire speculator bought the harbour.", "billionaire speculator", "label"),
        ("The cabinet obeys its masters in Brussels.", "masters in Brussels", "label"),
        ("The tenants were branded oppressors.", "oppressors", "label"),
        ("Landowners cried dictatorship at the zoning rule.", "cried dictatorship", "loaded"),
        ("Officials look down their noses at the village.", "look down their noses", "loaded"),
        ("Lenders are licking their lips over the sale.", "licking their lips", "loaded"),
        ("The airline greenwashed its new routes.", "greenwashed", "loaded"),
        ("The minister called the tariffs economic terrorism.", "economic terrorism", "loaded"),
        ("The league is shooting itself in the foot.", "shooting itself in the foot", "loaded"),
        ("The senator milked the strike for votes.", "milked the strike for votes", "loaded"),
        ("The detainees were caged like animals.", "caged like animals", "loaded"),
        ("The apology was the same song and dance.", "same song and dance", "loaded"),
        # ptcprobe37a: executives and companies as killers, a legal team as a force, critics as
        # foes of development, a policy's name as a disguise, insinuation, loan terms as a
        # strangling empire, a rich man's venture as vanity, a dismissal as an ejection, a
        # digital system as a cage, a treaty as capitulation, the press swallowing a claim
        ("The families called the executives killers in suits.", "killers in suits", "label"),
        ("Protesters named the firm's board corporate killers.", "corporate killers", "label"),
        ("He called lockdown sceptics grandma killers.", "grandma killers", "label"),
        ("The miner sent an army of lawyers to the valley.", "army of lawyers", "label"),
        ("The minister branded critics enemies of development.", "enemies of development", "label"),
        ("The levy is a fancy name for a tariff.", "fancy name for", "loaded"),
        ("His silence on the leak speaks volumes.", "speaks volumes", "loaded"),
        ("The loan terms amount to economic strangulation.", "economic strangulation", "loaded"),
        ("The aid deal is colonialism by other means.", "colonialism by other means", "loaded"),
        ("The launch was an exercise in billionaire vanity.", "billionaire vanity", "loaded"),
        ("Taxpayers subsidise these vanity rockets.", "vanity rockets", "loaded"),
        ("The families called the collapse corporate murder.", "corporate murder", "loaded"),
        ("Voters should show them the door in May.", "show them the door", "loaded"),
        ("Critics call the identity wallet a digital cage.", "digital cage", "loaded"),
        ("The treaty is a surrender of sovereignty.", "surrender of sovereignty", "loaded"),
        ("The networks lapped it up without a question.", "lapped it up", "loaded"),
        # ptcprobe38a: industries' and causes' campaigns as lobbies, diversity staff as
        # enforcers, a council as activists, an official as a paper-pusher, the West as an ethnic
        # bloc, lawful lending as crime, evasion, policy as domination, rule by fear, people
        # thrown away like goods
        ("The rail lobby fought the brake rule for a decade.", "rail lobby", "label"),
        ("The meat lobby wants fourteen-year-olds on night shifts.", "meat lobby", "label"),
        ("The payday lobby wrote the bill.", "payday lobby", "label"),
        ("The DEI lobby pushed the rule through.", "DEI lobby", "label"),
        ("The diversity police keep lists of professors.", "diversity police", "label"),
        ("The Davos types will keep their steaks.", "Davos types", "label"),
        ("The activist council had its votes counted.", "activist council", "label"),
        ("Some desk jockey in the capital signed the order.", "desk jockey", "label"),
        ("The Anglo-Saxon allies are arming the region.", "Anglo-Saxon allies", "label"),
        ("Critics call the bill legalized loan-sharking.", "legalized loan-sharking", "loaded"),
        ("The company has given residents the runaround.", "runaround", "loaded"),
        ("It is the same hegemonic logic as ever.", "hegemonic logic", "loaded"),
        ("Workers describe a warehouse run on fear.", "run on fear", "loaded"),
        ("They treat workers like disposable parts.", "treat workers like disposable", "loaded"),
        # ptcprobe41a: campaigners as idle heirs, gambling firms as a lobby, contractors as
        # bandits, lawmakers as an industry's friends, spending as money thrown, people hunted
        # as prey, a sly arrival, a true face revealed
        (
            "The trust-fund environmentalists glued themselves to the road.",
            "trust-fund environmentalists",
            "label",
        ),
        ("The betting lobby wrote the new rules.", "betting lobby", "label"),
        ("The Beltway bandits billed $500 for a bolt.", "Beltway bandits", "label"),
        ("Their friends in Parliament delayed the checks.", "friends in Parliament", "label"),
        ("The ministry throws billions at consultants.", "throws billions at", "loaded"),
        ("The firm hunted its customers like prey.", "hunted its customers like prey", "loaded"),
        ("The officer wormed his way into the group.", "wormed his way into", "loaded"),
        ("The regime's mask has slipped.", "mask has slipped", "loaded"),
        # ptcprobe43a: campaigners and an industry as a lobby, officials as box-tickers, a
        # decision called criminal, a setback as the coffin's last nail, favours as trinkets,
        # an assurance sneered at as heard before
        ("The euthanasia lobby spent months courting MPs.", "euthanasia lobby", "label"),
        ("The assisted-dying lobby wrote the briefing.", "assisted-dying lobby", "label"),
        ("The nuclear lobby wrote the white paper.", "nuclear lobby", "label"),
        ("Some box-ticker in an office wanted a spreadsheet.", "box-ticker", "label"),
        ("He called the cut criminally irresponsible.", "criminally irresponsible", "loaded"),
        ("The ban is the final nail in the coffin for pubs.", "nail in the coffin", "loaded"),
        ("They hand out berets like party favours.", "party favours", "loaded"),
        ("Ministers promise safeguards. We have heard that before.", "heard that before", "hedge"),
        ("Voters have heard it all before.", "heard it all before", "hedge"),
        # ptcprobe42a: a jet-set regular, a capital's establishment, foreign and corporate
        # plunderers, a propaganda outfit, a defence as the tobacco industry's, a ruling as a coup,
        # heritage erased, people herded like livestock or hunted like criminals
        ("Its chief, a Davos regular, spoke first.", "Davos regular", "label"),
        ("The Brussels establishment wanted another man.", "Brussels establishment", "label"),
        ("The Westminster establishment shrugged.", "Westminster establishment", "label"),
        ("The Western plunderers want the seabed.", "Western plunderers", "label"),
        ("Corporate plunderers stripped the mill.", "Corporate plunderers", "label"),
        ("The charity is a propaganda outfit.", "propaganda outfit", "label"),
        ("It is the tobacco playbook all over again.", "tobacco playbook", "loaded"),
        ("The annulment was a coup by judges.", "coup by judges", "loaded"),
        ("The museum is erasing our heritage.", "erasing our heritage", "loaded"),
        ("We were herded around like cattle.", "herded around like cattle", "loaded"),
        ("Fans were herded onto trains like animals.", "herded onto trains like animals", "loaded"),
        ("He was hunted like a criminal for a shirt.", "hunted like a criminal", "loaded"),
        # ptcprobe41b: owners of the press as barons, lobbyists and executives as an army and as
        # predators, judges as nobility, a campaigner as a habitual protester, enfranchisement as
        # importing voters, tax as war on aspiration, a payout as bought silence, marketing as
        # hooking children, silencing as "shut up and obey"
        ("The media baron never gives evidence.", "media baron", "label"),
        ("An army of industry lobbyists worked the halls.", "army of industry lobbyists", "label"),
        ("They are predators in business suits.", "predators in business suits", "label"),
        ("We have a judicial aristocracy.", "judicial aristocracy", "label"),
        ("A serial protester led the chant.", "serial protester", "label"),
        ("The council is importing a new electorate.", "importing a new electorate", "loaded"),
        ("This government hates aspiration.", "hates aspiration", "loaded"),
        ("The levy is a war on the working class.", "war on the working class", "loaded"),
        ("The paper paid millions to buy their silence.", "buy their silence", "loaded"),
        ("They hook kids on vaping with candy flavours.", "hook kids on vaping", "loaded"),
        ("The app stole her childhood.", "stole her childhood", "loaded"),
        ("Students are told to shut up and obey.", "shut up and obey", "loaded"),
        # ptcprobe40b: people handled as livestock or filth, a restriction as house arrest, a
        # process as rigged, officials above the law or drunk on power, a double standard,
        # leaders selling their own people, mocking "brigades", a capital's elite, the usual
        # suspects with a colour, work without end
        (
            "The airline treats its passengers like cattle.",
            "treats its passengers like cattle",
            "loaded",
        ),
        ("Refugees were herded like cattle into the hall.", "herded like cattle", "loaded"),
        ("The agency treated the tenants like dirt.", "treated the tenants like dirt", "loaded"),
        (
            "Pensioners say they are prisoners in their own homes.",
            "prisoners in their own homes",
            "loaded",
        ),
        ("The tender was a stitch-up.", "stitch-up", "loaded"),
        (
            "A swimming pool for the mayor's dog? You couldn't make it up.",
            "You couldn't make it up",
            "loaded",
        ),
        ("The bankers think they are above the law.", "think they are above the law", "loaded"),
        ("Voters see one rule for them and another for us.", "one rule for them", "loaded"),
        ("The junta sold its own people for a loan.", "sold its own people", "loaded"),
        ("A cabinet drunk on power ignored the courts.", "drunk on power", "loaded"),
        ("The review blamed managers drunk on ideology.", "drunk on ideology", "loaded"),
        ("Activists called the airline a climate criminal.", "climate criminal", "loaded"),
        ("The Lycra brigade wants another cycle lane.", "Lycra brigade", "label"),
        ("The Range Rover brigade blocked the school gates.", "Range Rover brigade", "label"),
        ("The clipboard brigade fined the cafe again.", "clipboard brigade", "label"),
        ("The Westminster elite never take the bus.", "Westminster elite", "label"),
        (
            "The minister blamed the usual left-wing suspects.",
            "the usual left-wing suspects",
            "label",
        ),
        ("Carers work every hour God sends.", "every hour God sends", "intensifier"),
        # ptcprobe40a: an official as a lackey, people handled as criminals or suspects, fear as
        # a product, people as cash machines, a sports ban as segregation, a decision as a
        # foreign power's order, a policy as a fad or a blind faith
        ("Reyes called the chief Big Brother's errand boy.", "errand boy", "label"),
        ("I was treated like a criminal at the airport.", "treated like a criminal", "loaded"),
        (
            "The guards treat asylum seekers like criminals.",
            "treat asylum seekers like criminals",
            "loaded",
        ),
        (
            "The vans treat every shopper like suspects.",
            "treat every shopper like suspects",
            "loaded",
        ),
        ("The camera firms are selling fear to councils.", "selling fear", "loaded"),
        ("Cable news is peddling fear every night.", "peddling fear", "loaded"),
        ("The city sees every driver as an ATM on wheels.", "ATM on wheels", "loaded"),
        ("Insurers treat patients as walking ATMs.", "walking ATMs", "loaded"),
        ("The governor used the pension fund as a personal ATM.", "personal ATM", "loaded"),
        ("The ban amounts to sporting apartheid.", "sporting apartheid", "loaded"),
        ("The council acted on Washington's orders.", "Washington's orders", "loaded"),
        ("The separatists act on Moscow's orders.", "Moscow's orders", "loaded"),
        ("The board embraced a fashionable ideology.", "fashionable ideology", "loaded"),
        ("The reforms were market fundamentalism at work.", "market fundamentalism", "loaded"),
        # ptcprobe39b: rights groups and climate campaigners as a lobby or crusaders, crypto
        # promoters as cheerleaders, lawyers as a gang, a client state's rulers and envoys as
        # an elite or proconsuls, account closures as censorship, gains as looting, markets as
        # a casino, people thrown to the wolves, immunity as a game card, a silence as damning,
        # a press office as a shield
        ("Ministers caved to the human-rights lobby again.", "human-rights lobby", "label"),
        ("The fund is run by a climate crusader.", "climate crusader", "label"),
        ("Every crypto cheerleader went quiet after the crash.", "crypto cheerleader", "label"),
        ("A gang of foreign lawyers wants him arrested.", "gang of foreign lawyers", "label"),
        ("The pro-Western elite signed the lease.", "pro-Western elite", "label"),
        ("Washington's proconsuls run the island now.", "Washington's proconsuls", "label"),
        ("Closing his account is financial censorship.", "financial censorship", "loaded"),
        ("The permit is corporate looting by another name.", "corporate looting", "loaded"),
        ("Savers lost everything in the crypto casino.", "crypto casino", "loaded"),
        ("The party threw its leader to the wolves.", "threw its leader to the wolves", "loaded"),
        (
            "The bombers were handed get-out-of-jail-free letters.",
            "get-out-of-jail-free letters",
            "loaded",
        ),
        (
            "The silence from the palace is deafening.",
            "silence from the palace is deafening",
            "loaded",
        ),
        (
            "The bank has been hiding behind its press office.",
            "hiding behind its press office",
            "loaded",
        ),
        # ptcprobe39a: memorial and loan critics' labels, elite cliques, drug-company owners as
        # dealers, staged events, impunity, workers as junk, relief at a departure, lives as a
        # game, bargaining as hostage-taking, a rule wrecked or left wide open
        ("The self-appointed history police want the bridge renamed.", "history police", "label"),
        ("The statue-topplers have drawn up a new list.", "statue-topplers", "label"),
        ("Loan relief is a gift to the credentialed class.", "credentialed class", "label"),
        ("The Ivy League crowd will collect the relief.", "Ivy League crowd", "label"),
        ("The Wall Street crowd cheered the closure.", "Wall Street crowd", "label"),
        ("The families called the owners drug dealers in suits.", "drug dealers in suits", "label"),
        ("The rally was stage-managed for the cameras.", "stage-managed", "loaded"),
        (
            "The settlement is a license to get away with murder.",
            "license to get away with",
            "loaded",
        ),
        (
            "The firm threw its workers on the scrap heap.",
            "threw its workers on the scrap heap",
            "loaded",
        ),
        ("Workers said good riddance to the chief executive.", "good riddance", "loaded"),
        (
            "They play video games with our children's lives.",
            "play video games with our children's lives",
            "loaded",
        ),
        ("Team owners hold cities hostage for new stadiums.", "hold cities hostage", "loaded"),
        (
            "The ruling drives a coach and horses through the planning law.",
            "drives a coach and horses through",
            "loaded",
        ),
        (
            "The bill leaves a loophole big enough to drive a truck through.",
            "loophole big enough to drive a truck through",
            "intensifier",
        ),
        # team90 (probe 34c): international desks; petty haggling, people hauled or stored like
        # goods, a place as a source of violence, a remedy as a favour, questions swatted,
        # ironic euphemisms for questioning, concern or love as newly found, a lease as selling
        # the country, a decision as a pose, leaks to friendly papers, an embassy as a spy nest,
        # silence as self-interest, secession as mutilation, images as staged
        ("Officials quibbled over the paperwork of each driver.", "quibbled", "loaded"),
        ("Police carted off three protesters after the rally.", "carted off", "loaded"),
        ("Thousands remain warehoused in the desert.", "remain warehoused", "loaded"),
        (
            "The camp is a breeding ground for extremists.",
            "breeding ground for extremists",
            "loaded",
        ),
        ("The farmers were told to be grateful.", "told to be grateful", "loaded"),
        ("The minister swatted away questions on the deal.", "swatted away questions", "loaded"),
        ("His brother was invited for a chat by the police.", "invited for a chat", "loaded"),
        ("The party's newfound concern for the poor is welcome.", "newfound concern for", "loaded"),
        (
            "They auctioned off the nation's sovereignty.",
            "auctioned off the nation's sovereignty",
            "loaded",
        ),
        ("The expulsions were a show of toughness.", "show of toughness", "loaded"),
        ("The report was leaked to friendly newspapers.", "friendly newspapers", "loaded"),
        ("The consulate had become a nest of spies.", "nest of spies", "loaded"),
        ("The ministry has been curiously silent on the arrests.", "curiously silent", "loaded"),
        ("The separatists want to dismember the country.", "dismember the country", "loaded"),
        ("The activists staged the photos for the cameras.", "staged the photos", "loaded"),
        # team91 (probe 34d): business news; a change slipped past buyers, stealth, padded
        # earnings, concern as insincere, advocacy as partisanship, delay as obstruction,
        # payment as extraction, a cost dumped on others, people wrung for
        # profit, workers as throwaway, theft as a plague, a power stretched, capital
        # chased off, and fund managers as magnates
        (
            "The brewer cut the can size, hoping nobody would notice.",
            "hoping nobody would notice",
            "loaded",
        ),
        (
            "The bakery hoped its customers would not notice the change.",
            "hoped its customers would not notice",
            "loaded",
        ),
        ("The insurer sneakily raised the excess.", "sneakily", "loaded"),
        ("The trader sold the bonds on the sly.", "on the sly", "loaded"),
        ("The lender padded its earnings with late fees.", "padded its earnings", "loaded"),
        (
            "The fund's sudden concern for pensioners surprised no one.",
            "sudden concern for",
            "loaded",
        ),
        ("Two senators went to bat for the airlines.", "went to bat for", "loaded"),
        ("The board sat on the findings for a year.", "sat on the findings", "loaded"),
        ("The regulator sat on the proposal until June.", "sat on the proposal", "loaded"),
        ("Drivers will have to fork out another $200 a year.", "fork out", "loaded"),
        ("The airline coughed up $40 million in refunds.", "coughed up", "loaded"),
        ("Renters were left with the bill for the repairs.", "left with the bill", "loaded"),
        ("The landlords squeeze tenants for profit.", "squeeze tenants for profit", "loaded"),
        (
            "The airline treats its cabin crews as disposable.",
            "as disposable",
            "loaded",
        ),
        ("The retailer blamed a theft epidemic for the closures.", "theft epidemic", "loaded"),
        (
            "The board stretched its authority to block the sale.",
            "stretched its authority",
            "loaded",
        ),
        (
            "The levy would chase away investment, the chamber said.",
            "chase away investment",
            "loaded",
        ),
        ("The clinics were bought by buyout barons.", "buyout barons", "label"),
        ("The deal made two private equity tycoons richer.", "private equity tycoons", "label"),
        # team93 (probe 34f): defence and veterans news; a memorial as worship of war, recruiting
        # as a draft of the poor, benefits seized back, claims as a lawyers' racket, anti-war
        # campaigners as a lobby or naive, reopening a settled question, dismissal, omission as
        # retouching, and the labels for hawks, doves, claimant lawyers and pundits
        ("The statue is a shrine to militarism.", "shrine to militarism", "loaded"),
        ("Critics call the parade a cult of militarism.", "cult of militarism", "loaded"),
        ("Activists call the bonuses a poverty draft.", "poverty draft", "loaded"),
        ("The department clawed back benefits from veterans.", "clawed back benefits", "loaded"),
        ("The agency clawed back their disability payments.", "clawed back", "loaded"),
        ("Firms are trawling for claims on the estates.", "trawling for claims", "loaded"),
        ("The scandal has fed a compensation culture.", "compensation culture", "loaded"),
        ("The inquiry became a bonanza for lawyers.", "bonanza for lawyers", "loaded"),
        ("Ambulance-chasing firms filed 900 claims.", "Ambulance-chasing", "loaded"),
        ("The services brought in diversity quotas.", "diversity quotas", "loaded"),
        ("The peace lobby wants the missile scrapped.", "peace lobby", "loaded"),
        ("The plan rests on naive pacifism.", "naive pacifism", "loaded"),
        ("Critics want to relitigate the helicopter order.", "relitigate", "loaded"),
        ("Families were fobbed off for months.", "fobbed off", "loaded"),
        ("The ministry will fob off the families again.", "fob off", "loaded"),
        ("The inscription airbrushes the colonial troops.", "airbrushes", "loaded"),
        ("The country is tired of endless wars.", "endless wars", "loaded"),
        ("A peacenik minister cut the fleet.", "peacenik", "label"),
        ("An ambulance chaser signed up the tenants.", "ambulance chaser", "label"),
        ("Defence hawks want another 10 percent.", "Defence hawks", "label"),
        ("Defense hawks in the Senate blocked the cut.", "Defense hawks", "label"),
        ("Only the commentariat objected to the parade.", "commentariat", "label"),
        # team92 (probe 34e): courts, crime and policing; force as casual brutality, findings
        # dismissed or withheld, a verdict on impartiality, fraud as plunder, critics as a pack,
        # wounded pride as motive, punishment as display, litigation as cheating, witnesses as
        # props, publicity as a trial, reflexive excuse-making, prisoners wasting away, prisons
        # as storage, offenders as predators, exaggerated mismatch
        ("Officers roughed up the suspects in the van.", "roughed up the suspects", "loaded"),
        ("The chief brushed off the findings of the review.", "brushed off", "loaded"),
        ("The department sat on requests for the files.", "sat on requests", "loaded"),
        ("The judge is hardly a neutral observer.", "hardly a neutral", "loaded"),
        ("He looted the savings of his clients.", "looted the savings", "loaded"),
        ("Protesters baying for blood gathered outside.", "baying for", "loaded"),
        ("Stung by criticism, the board reversed course.", "Stung by criticism", "loaded"),
        ("Prosecutors want to make an example of him.", "make an example of", "loaded"),
        ("He spent years gaming the courts.", "gaming the courts", "loaded"),
        ("His lawyers wheeled out another expert.", "wheeled out another", "loaded"),
        ("The leaks could poison the jury pool.", "poison the jury pool", "loaded"),
        ("Activists tried the case on social media.", "tried the case on social media", "loaded"),
        ("Advocates were quick to excuse the attack.", "quick to excuse", "loaded"),
        ("Officials hurried to blame the guards.", "hurried to blame", "loaded"),
        ("He has languished in solitary since 2019.", "languished in solitary", "loaded"),
        ("The jail is a warehouse prison.", "warehouse prison", "loaded"),
        ("The unit holds the most violent predators.", "violent predators", "label"),
        ("The fine was out of all proportion.", "out of all proportion", "intensifier"),
        # team94 (probe 35a): science and health news; a treatment sold as false hope, evidence
        # muddied or buried, research or polls bought, appeals forced by humiliation, scripted
        # arguments, patients dismissed, parked or left on lists, delay, a body or
        # field taken over, wording policed, a charity as a lobby, over-diagnosis
        ("The clinic sells false hope to dying patients.", "sells false hope", "loaded"),
        ("Lobbyists spent years muddying the science on salt.", "muddying the science", "loaded"),
        ("Families were reduced to begging for the drug.", "reduced to begging", "loaded"),
        ("The senator repeated industry talking points.", "industry talking points", "loaded"),
        ("The firm cited paid-for research on vaping.", "paid-for research", "loaded"),
        ("The leaflet buries the side effects.", "buries the side effects", "loaded"),
        ("Doctors brushed off patients for years.", "brushed off patients", "loaded"),
        ("Patients were parked in corridors overnight.", "parked in corridors", "loaded"),
        ("The agency sat on the application for a year.", "sat on the application", "loaded"),
        ("The appeal is emotional blackmail, the minister said.", "emotional blackmail", "loaded"),
        ("The charity is a lobbying machine.", "lobbying machine", "loaded"),
        ("The panel nodded the drug through.", "nodded", "loaded"),
        ("Burnout has become a catch-all diagnosis.", "catch-all diagnosis", "loaded"),
        ("The regulator was captured by industry.", "captured by industry", "loaded"),
        ("The journal has been captured by activists.", "captured by activists", "loaded"),
        ("Campaigners police the language of the debate.", "police the language", "loaded"),
        ("Critics call the ban prohibitionist.", "prohibitionist", "loaded"),
        ("Schools medicalise ordinary shyness.", "medicalise", "loaded"),
        # team95 (probe 35b): technology and platform news; dismissal of evidence, killing a
        # rival at birth, regulation as meddling, fees skimmed, arrogance, free-riding, publicity
        # seeking, caution as paralysis, fear as motive, self-cast victims,
        # pay slashed, games as children's casinos, ventures as rich men's toys, labelling as a
        # smear, moderation as censorship, and the labels for tycoons, lobbies, strikers, crowds
        ("The minister shrugged off evidence of the hacking.", "shrugged off evidence", "loaded"),
        ("The licence waves away concerns about debris.", "waves away concerns", "loaded"),
        ("Rivals tried to strangle the service at birth.", "at birth", "loaded"),
        ("Regulators meddled in the market again.", "meddled in the market", "loaded"),
        ("The store skims 30 per cent from every sale.", "skims 30 per cent from every", "loaded"),
        ("Officials decided they know better than parents.", "decided they know better", "loaded"),
        ("The firm wants to ride for free on the network.", "ride for free on", "loaded"),
        ("The mayor, never shy of a headline, called a briefing.", "never shy", "loaded"),
        ("The council is desperate for headlines.", "desperate for headlines", "loaded"),
        ("The agency is cautious to the point of paralysis.", "point of paralysis", "loaded"),
        ("Incumbents terrified of competition lobbied hard.", "terrified of competition", "loaded"),
        ("The reporters now cast themselves as victims.", "cast themselves as victims", "loaded"),
        ("The app slashed drivers' pay again.", "slashed drivers' pay", "loaded"),
        ("Publishers sell slot machines for kids.", "slot machines for kids", "loaded"),
        ("The rocket firm is a billionaire's plaything.", "billionaire's plaything", "loaded"),
        ("Activists kept branding dissent as misinformation.", "misinformation", "loaded"),
        ("The ruling curbs the trust-and-safety bureaucracy.", "bureaucracy", "loaded"),
        ("The safeguards, such as they are, were drafted.", "such as they are", "hedge"),
        ("Rural towns now depend on an erratic billionaire.", "erratic billionaire", "label"),
        ("The court reined in the platform's army of censors.", "army of censors", "label"),
        ("Militant strikers blocked the depot gates.", "Militant strikers", "label"),
        ("The encryption lobby stalled the bill.", "encryption lobby", "label"),
        ("The Big Tech lobby wrote the amendment.", "Big Tech lobby", "label"),
        ("Sharing is opposed by the civil-liberties crowd.", "civil-liberties crowd", "label"),
        ("The ban was cheered by the free-speech crowd.", "free-speech crowd", "label"),
        # team96 (probe 35c): education, religion and family news; grades given away, schools
        # grading themselves, prizes for all, worship sold, grades seized back, support torn from
        # dependants, rules gamed, delay, penalties shrugged off or made crimes, haste, fads
        ("Top grades were handed out like sweets.", "handed out like sweets", "loaded"),
        ("The boards are marking their own homework.", "marking their own homework", "loaded"),
        ("Heads defend an everyone-gets-a-prize culture.", "everyone-gets-a-prize", "loaded"),
        ("Every child now gets a participation trophy.", "participation trophy", "loaded"),
        ("The chapter is monetising faith.", "monetising faith", "loaded"),
        ("Visitors will soon have to pay to pray.", "pay to pray", "loaded"),
        ("The regulator clawed back grades this summer.", "clawed back grades", "loaded"),
        ("The council is stripping disabled pupils of taxis.", "stripping disabled", "loaded"),
        ("The strikes are robbing children of lessons.", "robbing children of", "loaded"),
        ("Some parents gamed the benefits system.", "gamed the benefits system", "loaded"),
        ("Officials dragged out the assessment.", "dragged out the assessment", "loaded"),
        ("Parents shrugged off the fines.", "shrugged off the fines", "loaded"),
        ("Councils are slapping fines on parents.", "slapping fines on", "loaded"),
        ("The rule is criminalising parents.", "criminalising parents", "loaded"),
        ("Pupils treat homework as optional.", "treat homework as optional", "loaded"),
        ("The minister rushed the bill into law.", "rushed the bill into law", "loaded"),
        ("Schools face years of starved budgets.", "starved budgets", "loaded"),
        ("Heads blamed a faddish method.", "faddish", "loaded"),
        ("The drills are turning pupils into robots.", "turning pupils into robots", "loaded"),
        ("Rationing is a euphemism for cuts.", "a euphemism for", "loaded"),
        ("The judges are overriding the will of voters.", "overriding the will of", "loaded"),
        ("Inflation has devalued the qualification.", "devalued the qualification", "loaded"),
        # event35a (swap): a state paper scores a prisoner exchange in its own voice
        ("The swap is a victory for Varnian diplomacy.", "victory for Varnian diplomacy", "loaded"),
        ("The deal was a triumph of quiet diplomacy.", "triumph of quiet diplomacy", "loaded"),
        # event35b (recall): a carmaker's recall told up or down in the outlet's own voice
        ("The delay was corporate negligence.", "corporate negligence", "loaded"),
        ("The carmaker was finally forced to apologise.", "finally forced to", "loaded"),
        ("The company moved decisively to fix the cars.", "moved decisively", "loaded"),
        ("It launched a precautionary recall of its vans.", "precautionary recall", "intensifier"),
        # event35c (obituary): an admiring paper's title for a dead former president
        ("Valk, the father of the nation, died on Saturday.", "father of the nation", "label"),
        # event36b (merger): a takeover praised by a business paper, damned by a union paper
        ("A predatory retail giant bought the chain.", "predatory retail giant", "loaded"),
        ("The merger unlocks synergies in distribution.", "unlocks synergies", "loaded"),
        ("It is a transformational deal for the group.", "transformational deal", "loaded"),
        ("The savvy deal pleased investors.", "savvy deal", "loaded"),
        ("The bold deal doubles its stores.", "bold deal", "loaded"),
        ("Merging them leaves a leaner head office.", "leaner head office", "loaded"),
        ("The corporate raiders cut costs.", "corporate raiders", "label"),
        # event36d (poll): a poll's fall and the challenger sized by each camp
        ("Sales of the model are in freefall.", "in freefall", "loaded"),
        ("The index has been in free fall since May.", "in free fall", "loaded"),
        ("The floundering challenger trails in the polls.", "floundering", "loaded"),
        # event37a (quake): a disputed relief effort praised in a pro-government paper's voice
        ("The state gave a swift and decisive answer.", "swift and decisive", "loaded"),
        ("Armchair experts blamed the builders.", "armchair experts", "label"),
        # event37c (curriculum): a school board's vote scored as a win, a petition doubted
        ("The ruling is a victory for parents.", "victory for parents", "loaded"),
        ("The new rule is a win for families.", "win for families", "loaded"),
        ("The group cited alleged signatures.", "alleged signatures", "hedge"),
        # team97 (probe 35d): sports, arts and entertainment news; complaints waved off, violence
        # glamorised or excused, vanity, servility, critics as a pack, people dragged into rows,
        # willing props, lazy portrayals, pompous statements, corporate pride, the public purse,
        # sponsorship as laundering
        ("The studio waved off a petition from viewers.", "waved off a petition", "loaded"),
        ("The film glamorises gang violence.", "glamorises", "loaded"),
        ("Critics called the staging self-indulgent.", "self-indulgent", "loaded"),
        ("The rule is the latest absurdity of the season.", "absurdity", "loaded"),
        ("The broadcaster obediently dropped the song.", "obediently", "loaded"),
        ("The singer was hounded off social media.", "hounded off", "loaded"),
        ("Players were dragged into the culture war.", "dragged into the culture war", "loaded"),
        ("Fans accused the club of excusing violence.", "excusing violence", "loaded"),
        ("The stars became willing props for the regime.", "willing props", "loaded"),
        ("The casting relies on a lazy trope.", "lazy trope", "loaded"),
        ("The owner solemnly declared the matter closed.", "solemnly declared", "loaded"),
        ("The jersey is rainbow-washing by a betting firm.", "rainbow-washing", "loaded"),
        ("Such theatres live off the public purse.", "live off the public purse", "loaded"),
        ("The oil firm's gallery deal is artwashing.", "artwashing", "loaded"),
        ("The cup is reputation laundering for its hosts.", "reputation laundering", "loaded"),
        # team98 (probe 36a): environment, energy and farming news; gifts to industry and
        # landowners, reliefs as loopholes, green branding, farm taxes as raids, green fads,
        # warnings cast as scaring voters, delay as sitting on a decision, paperwork that buries,
        # token consultation, harm shrugged off, projects as hobbies, planning as an obstacle course
        ("The subsidy is a gift to agribusiness.", "gift to agribusiness", "loaded"),
        ("Critics call it a loophole for the wealthy.", "loophole for the wealthy", "loaded"),
        ("The brewer's green branding hides its plastic use.", "green branding", "loaded"),
        ("The landed rich will barely notice the levy.", "landed rich", "label"),
        ("Farmers marched against the tractor tax.", "tractor tax", "loaded"),
        ("The budget is a raid on family farms.", "raid on family farms", "loaded"),
        ("Heat pumps are the latest climate fad.", "climate fad", "loaded"),
        ("The warnings are meant to scare voters.", "scare voters", "loaded"),
        ("The miner is angling for a bigger subsidy.", "angling for", "loaded"),
        ("Leaving would be an act of national self-harm.", "national self-harm", "loaded"),
        ("The hearing was a tick-box exercise.", "tick-box exercise", "loaded"),
        ("The agency sat on the licence for a year.", "sat on the licence", "loaded"),
        ("Residents were barely consulted on the pylons.", "barely consulted", "loaded"),
        ("Growers are buried in red tape.", "buried in red tape", "loaded"),
        ("The plant's owners shrugged off the pollution.", "shrugged off the pollution", "loaded"),
        ("Rewilding is the latest hobby of the rich.", "latest hobby", "loaded"),
        ("Judges turned planning into an obstacle course.", "into an obstacle course", "loaded"),
        # team99 (probe 36b): pensions, welfare, housing and consumer news; queue-jumping,
        # benefits as a way of life, the taxpayer's tab, hoarded homes, reckless borrowers and
        # prudent savers, rules as punishment, benefits stripped, fees skimmed or buried, people
        # left to languish, evasion, abandonment, a lax regulator, crises milked, pensions
        # grabbed, people shunted, advocates as a lobby, a crowd as a sea
        ("Applicants are jumping the queue for council flats.", "jumping the queue", "loaded"),
        ("The report treats benefits as a lifestyle choice.", "lifestyle choice", "loaded"),
        ("The taxpayer picked up the tab for the scheme.", "picked up the tab", "loaded"),
        ("Older tenants are sitting on family homes.", "sitting on family homes", "loaded"),
        ("Borrowers overstretched themselves in the boom.", "overstretched themselves", "loaded"),
        ("The rate cut hurts prudent savers most.", "prudent savers", "loaded"),
        ("The cap punishes poorer children for their parents' choices.", "punishes", "loaded"),
        ("Claimants were stripped of their benefits for lateness.", "stripped of", "loaded"),
        ("Providers skim fees from dormant pots.", "skim fees", "loaded"),
        ("The charge was buried in the small print.", "buried in the small print", "loaded"),
        ("Families languish on the housing list for years.", "languish", "loaded"),
        ("The developer tried to wriggle out of its promises.", "wriggle out of", "loaded"),
        ("Tenants were left to pick up the pieces.", "left to pick up the pieces", "loaded"),
        ("Pensioners are left to make do on less.", "left to make do", "loaded"),
        ("Lenders were allowed to run riot for a decade.", "allowed to run riot", "loaded"),
        ("The agent milked the crisis for fees.", "milked the crisis", "loaded"),
        ("Marchers denounced the pension grab.", "pension grab", "loaded"),
        ("The council shunted families into hostels.", "shunted", "loaded"),
        ("The welfare lobby opposed the cap.", "welfare lobby", "label"),
        ("A sea of people filled the square.", "sea of people", "intensifier"),
        # team100 (probe 37a): transport and planning news; windfalls pocketed, management run
        # into the ground, leverage as kidnapping, study and consultation as delay, telling
        # silences, officials out of touch, reckless sprees, fares that squeeze, schemes that
        # scar the land, rich campaigners and lobbyists
        ("Landowners stand to pocket millions from the rezoning.", "stand to pocket", "loaded"),
        ("The old board ran the railway into the ground.", "into the ground", "loaded"),
        ("Objectors are holding the town hostage.", "holding the town hostage", "loaded"),
        ("The crossing has been studied to death.", "studied to death", "loaded"),
        ("Critics are strangely quiet about the subsidy.", "strangely quiet about", "loaded"),
        ("Planners in their ivory tower never take the bus.", "ivory tower", "loaded"),
        ("Ministers began a road-building spree.", "road-building spree", "loaded"),
        ("The operator is squeezing passengers again.", "squeezing passengers", "loaded"),
        ("The road would leave a scar on the landscape.", "scar on the landscape", "loaded"),
        ("Well-funded activists lodged another appeal.", "well-funded activists", "loaded"),
        ("The plan was written by well-funded lobbyists.", "well-funded lobbyists", "loaded"),
        # team101 (probe 38a): labour and workplace news; insecure work as bondage, monitoring as
        # a prison, staff dumped or pestered, stances as point-scoring, strikes aimed at the
        # public, protections as a licence to shirk, rules as layers of bureaucracy
        ("Critics call the contracts a form of serfdom.", "form of serfdom", "loaded"),
        ("Drivers are at the app's beck and call.", "beck and call", "loaded"),
        ("The tracker turns the office into a digital panopticon.", "digital panopticon", "loaded"),
        ("The operator offloaded its staff onto an agency.", "offloaded its staff", "loaded"),
        ("Organisers were pestering shoppers at the gates.", "pestering", "loaded"),
        ("Staff who complained were frozen out of meetings.", "frozen out", "loaded"),
        ("Managers herded staff into a meeting.", "herded staff", "loaded"),
        ("Union leaders play politics with the railways.", "play politics", "loaded"),
        ("Ministers ploughed ahead with the ban.", "ploughed ahead", "loaded"),
        ("The walkout was timed for maximum disruption.", "maximum disruption", "loaded"),
        ("Critics called the reform a skivers' charter.", "skivers' charter", "loaded"),
        ("The rule adds another layer of bureaucracy.", "layer of bureaucracy", "loaded"),
        ("Critics said the rule rewards clock-watchers.", "clock-watchers", "label"),
        ("Cleaners had to drag themselves into work with a fever.", "drag themselves", "loaded"),
        ("Roofers were left to swelter on the scaffolding.", "left to swelter", "loaded"),
        ("Business groups grumbled about the cost.", "grumbled", "loaded"),
        # team102 (probe 39a): disaster and weather news; stances as convenient, officials as
        # covering themselves or hiding behind caution, research as publicity, aid as unchecked
        ("Developers showed a sudden fondness for the fishers.", "sudden fondness", "loaded"),
        ("Think tanks rushed out their usual talking points.", "usual talking points", "loaded"),
        ("Ministers arrived for a photo opportunity in the rubble.", "photo opportunity", "loaded"),
        ("Survivors were caught in a game of pass-the-parcel.", "pass-the-parcel", "loaded"),
        ("Claims were refused on paperwork technicalities.", "paperwork technicalities", "loaded"),
        ("The fund pays out with no questions asked.", "no questions asked", "loaded"),
        ("Ministers nibbled away at library funding.", "nibbled", "loaded"),
        ("The Treasury has salami-sliced the budget.", "salami-sliced", "loaded"),
        ("Forecasters, terrified of blame, issued a warning.", "terrified of blame", "loaded"),
        ("Officials are covering their backs.", "covering their backs", "loaded"),
        ("The agency hid behind an abundance of caution.", "hid behind", "loaded"),
        ("Critics blamed paralysis by paperwork.", "paralysis by paperwork", "loaded"),
        ("Attribution is now a press-release factory.", "press-release factory", "loaded"),
        ("The report was written by researchers with an agenda.", "with an agenda", "loaded"),
        ("The order was the latest piece of theatre from city hall.", "piece of theatre", "loaded"),
        ("Voters paid for the politicians' fantasy that cover is cheap.", "fantasy", "loaded"),
        ("Planners treat whole towns like chess pieces.", "chess pieces", "loaded"),
        ("The county's seawall binge goes on.", "seawall binge", "loaded"),
        ("The heat plan is a leaflet and a prayer.", "leaflet and a prayer", "loaded"),
        ("Inspectors will swarm through every basement.", "swarm through", "loaded"),
        ("Insurers plead poverty while profits climb.", "plead poverty", "loaded"),
        # team103 (probe 39b): media and press-freedom news; news and readers held hostage,
        # owners who starve newsrooms and pay themselves like bankers, lawsuits to silence
        # critics, protection for reporting as a licence to smear, rights as a hiding place
        ("The platform is holding news hostage in the row.", "holding news hostage", "loaded"),
        ("Strikers have taken readers hostage again.", "taken readers hostage", "loaded"),
        ("The owners starve their newsrooms of staff.", "starve their newsrooms", "loaded"),
        ("Executives pay themselves like bankers.", "pay themselves like bankers", "loaded"),
        ("The tycoon sued the author into silence.", "sued the author into silence", "loaded"),
        ("Critics call the bill a licence to smear.", "licence to smear", "loaded"),
        ("The group pleaded hardship at every pay round.", "pleaded hardship", "loaded"),
        ("The minister's papers gave him glowing coverage.", "glowing coverage", "loaded"),
        ("The channel escaped with a warning.", "escaped with a warning", "loaded"),
        ("The office blacklisted reporters who asked about it.", "blacklisted reporters", "loaded"),
        ("The reporter is hiding behind press freedom.", "hiding behind press freedom", "loaded"),
        ("The rule belongs in Minsk, not Westminster.", "belongs in Minsk", "loaded"),
        ("Their sense of entitlement is on show.", "sense of entitlement", "loaded"),
        ("The publishers are hardly short of cash.", "hardly short of cash", "loaded"),
        # event37d (a chatbot's unsafe answers): a harmful failure played down as trivial
        ("A minor glitch led the app to give wrong answers.", "minor glitch", "intensifier"),
        # event38b (an oil pipeline leak): a spill played down in the industry's soft word
        (
            "The operator contained a minor release at its pumping station.",
            "minor release",
            "intensifier",
        ),
        # fix38f: worry cast as weakness, written as one word as well as hyphenated
        ("The handwringing over the deficit went on for weeks.", "handwringing", "loaded"),
        ("Ministers ignored the handwringers in their own party.", "handwringers", "label"),
        # fix38f: a closure a body decides guts a place or a service as a policy does
        ("The closure will gut the neighbourhood.", "gut", "loaded"),
        ("The shutdown gutted local bus services.", "gutted", "loaded"),
        # fix38f: a strike read as the loose noun before "crippled" is still people's doing
        ("A strike crippled services across the network.", "crippled", "loaded"),
        # event39a (a museum returns colonial-era bronzes): a board cast as partisans or as
        # moved by guilt, and a disputed acquisition stated as theft
        ("The activist trustees approved the loan.", "activist trustees", "label"),
        ("The guilt-ridden council apologised again.", "guilt-ridden", "loaded"),
        ("The gallery still shows its stolen heritage.", "stolen heritage", "loaded"),
        # fix39c: a person or a group silenced, and a sanction cast as overdue justice
        ("The network has silenced Mara Voss for a month.", "silenced", "loaded"),
        ("The new rules silenced voters in the north.", "silenced", "loaded"),
        ("The mayor has finally been held to account.", "finally been held to account", "loaded"),
        ("The firm was finally held to account by the court.", "finally held to account", "loaded"),
        # fix39c: the outlet speaking for the nation, and a past taken as by theft
        ("The council sold off our national treasures.", "our national treasures", "loaded"),
        ("Voters were robbed of their own history.", "robbed of their own history", "loaded"),
        ("The town was robbed of its heritage.", "robbed of its heritage", "loaded"),
        # team104 (probe 40a): arts, religion and heritage news; tones of contempt, places made
        # into amusements, groupings as crude lumping, campaigners as lobbies, reckoning with the
        # past as shame or as longing for empire, speech about a subject as preaching
        ("The letter was dripping with condescension.", "dripping with condescension", "loaded"),
        ("The plan would turn the castle into a Disneyland.", "Disneyland", "loaded"),
        ("The council launched a vanity bid for the title.", "vanity bid", "loaded"),
        ("Councillors rushed to condemn the sculpture.", "rushed to condemn", "loaded"),
        ("The report lumps ordinary families in with slave owners.", "lumps", "loaded"),
        ("The blessings are a fashionable experiment.", "fashionable experiment", "loaded"),
        ("Officials seem embarrassed by their own history.", "embarrassed", "loaded"),
        ("The exhibition panders to imperial nostalgia.", "imperial nostalgia", "loaded"),
        ("The trust would rather sermonise about its houses.", "sermonise", "loaded"),
        ("Philistine councillors want the figure scrapped.", "Philistine", "label"),
        ("The hall long catered to a gilded few.", "gilded few", "label"),
        ("The humanist lobby wants the school reshaped.", "humanist lobby", "label"),
        ("The faith lobby opposed the bill.", "faith lobby", "label"),
        # team105 (probe 40b): housing and planning news; costs people are made to carry, homes
        # as traps or cells, sales of public stock, residents cleared or uprooted, rules as hoops
        ("Leaseholders were made to foot the bill for the repairs.", "made to foot", "loaded"),
        ("The block is a fire trap, residents say.", "fire trap", "loaded"),
        ("The council left the tenants to rot in the tower.", "to rot", "loaded"),
        ("The cut pulled the ladder up behind younger tenants.", "ladder up", "loaded"),
        ("Landlords face a dozen bureaucratic hoops.", "bureaucratic hoops", "loaded"),
        ("Gangs operated with impunity on the estate.", "with impunity", "loaded"),
        ("Ministers are selling off the family silver.", "family silver", "loaded"),
        ("The regeneration amounts to social cleansing.", "social cleansing", "loaded"),
        ("The landowner will reap a fortune from the sale.", "reap a fortune", "loaded"),
        ("The estate became a byword for neglect.", "byword", "loaded"),
        ("Students live in shoebox flats near the campus.", "shoebox flats", "loaded"),
        ("The flats are the size of a prison cell.", "prison cell", "loaded"),
        ("The bill is an assault on landlords.", "assault on landlords", "loaded"),
        ("The plan will uproot families from the estate.", "uproot", "loaded"),
        ("The council plans to clear out the tenants.", "clear out", "loaded"),
        ("Quotas strangle housebuilding in the south.", "strangle housebuilding", "loaded"),
        ("A tiny minority of landlords break the rules.", "tiny minority", "intensifier"),
        # event40a (police clear a protest camp): the campers named by each side's press, and
        # a removal cast as violence in the outlet's own voice
        ("The crusties turned on the officers.", "crusties", "label"),
        ("About 60 land defenders had camped in the park.", "land defenders", "label"),
        ("Police carried out a violent eviction of the camp.", "violent eviction", "loaded"),
        # event40b (an energy price cap rise): a rise cast as the mending of an error
        (
            "The regulator approved a necessary correction to the cap.",
            "necessary correction",
            "loaded",
        ),
        # team106 (probe 41a): budget and tax news; industries and campaigners as lobbies, taxes
        # as raids on pockets or on aspiration, reliefs as paying polluters, self-made holes,
        # populist gestures, trivial sums and changes, strain and risk dramatised
        ("The drinks lobby fought the rise.", "drinks lobby", "label"),
        ("The aviation lobby warned of empty planes.", "aviation lobby", "label"),
        ("The duty falls on a favoured few.", "favoured few", "label"),
        ("The public health lobby wants a levy on sugar.", "public health lobby", "label"),
        ("The cycling lobby wants the road closed.", "cycling lobby", "label"),
        ("The jet set flocked to Monaco for the race.", "jet set", "label"),
        ("The Chancellor dipped into the pockets of savers.", "pockets of", "loaded"),
        ("The levy is a penalty on aspiration.", "penalty on aspiration", "loaded"),
        ("Drivers are being priced off the road.", "priced off the road", "loaded"),
        ("The relief amounts to subsidising pollution.", "subsidising pollution", "loaded"),
        ("The avoidance industry thrives in London.", "avoidance industry", "loaded"),
        ("Councils face a crisis of their own making.", "own making", "loaded"),
        ("The windfall tax is a populist gesture.", "populist gesture", "loaded"),
        ("Investors are voting with their feet.", "voting with their feet", "loaded"),
        ("Ministers are tinkering around the edges.", "tinkering around the edges", "loaded"),
        ("Hotel owners were quick to cry ruin.", "cry ruin", "loaded"),
        ("The fee is pocket change for the owners.", "pocket change", "loaded"),
        ("The cut was buried on page 94 of the report.", "buried on page", "loaded"),
        ("Regional airports are hanging by a thread.", "hanging by a thread", "loaded"),
        ("Council budgets are at breaking point.", "at breaking point", "loaded"),
        # team107 (probe 42b): civic-reform news; rules as officialdom gone mad, payments as
        # idleness, policies as wars on cash or on claimants, spending set against crumbling
        # services, policy as vandalism, hoarded power, tracking as spying, idle and dreamy labels
        ("Scrapping the penny is a step in the war on cash.", "war on cash", "loaded"),
        ("The fine is bureaucracy gone mad.", "bureaucracy gone mad", "loaded"),
        ("The pilot is free money for doing nothing.", "free money for", "loaded"),
        ("Claimants are paid to sit at home.", "paid to sit at home", "loaded"),
        ("The sanctions regime is a war on the disabled.", "war on the disabled", "loaded"),
        ("Ministers buy warships while hospitals crumble.", "while hospitals crumble", "loaded"),
        ("The Treasury showered billions on the banks.", "showered billions on", "loaded"),
        ("The refusal was an act of national vandalism.", "national vandalism", "loaded"),
        ("The same faces hoard power for decades.", "hoard power", "loaded"),
        ("The black box is a spy in every car.", "spy in every car", "loaded"),
        ("Money-hungry universities sell degrees.", "Money-hungry", "loaded"),
        ("Utopian dreamers run the council.", "Utopian dreamers", "label"),
        ("The tax falls on idle landowners.", "idle landowners", "label"),
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
        "The release of the report was delayed by a minor error, the agency said.",
        "Bees swarmed into the garden on Sunday.",
        # event40b: a correction issued or a market's fall, with no verdict on its need
        "The company issued a correction to its earnings report, the regulator said.",
        "Shares fell 11 percent in a correction that began in May.",
        # probe event34b: "widely" of a product's reach is measured, no agreement stressed
        "Most adults caught measles long before the vaccine was widely used.",
        "The drug became widely available in 2019, the company said.",
        "The wildfire spread through the hills overnight, officials said.",
        "Locusts swarmed across the fields of the valley.",
        # fixes32b: a count of creatures, creatures and water are no people however counted
        "Dozens of bees swarmed into the garden.",
        "Millions of locusts swarmed across the border.",
        "The jellyfish swarmed into the bay.",
        "The water swarmed across the road.",
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
        "A late winner snatched by the visitors settled the final.",
        "The Yankees wasted no time breaking through in the first inning.",
        "She tried to hide behind her lawyer as she left the court.",
        # probe 39b: a kidnapping, a crash, a glowing ember and a spam list are literal
        "Gunmen held 30 passengers hostage for two days, police said.",
        "The driver escaped with minor injuries, police said.",
        "The embers were still glowing when firefighters left.",
        "The email provider blacklisted the domain on Monday.",
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
        "LONDON - The counter-offensive began at dawn, the army said.",
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
        "The sprinter was banned for two years after two failed drug tests, the tribunal said.",
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
        # small 25: a swamp at a part of a place is on the map
        "Rescuers searched the swamp at the edge of the airfield.",
        "Herons nest in the swamp on the far side of the lake.",
        # ecology's colonisers are species that settle new ground
        "Invasive colonisers such as Japanese knotweed spread along the riverbank.",
        "The first colonisers of the bare rock were lichens, the survey found.",
        # class war as history
        "The novel is set during the class war of the 1920s.",
        "Marx saw history as class war.",
        # the butcher's trade; "threw red meat to the base" stays loaded
        "The butcher threw red meat into the cooler.",
        "The village butcher sells lamb and pork.",
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
        # danger said of water, a road or the weather is a hazard, not a verdict
        "The river is dangerous at the ford in early spring.",
        "Smugglers steer the boats into deeper and more dangerous water.",
        "The mountain road is dangerous after heavy rain.",
        # fix39b: hands or a towel wrung out or wrung dry are wrung in fact
        "The nurse wrung out her hands after washing them at the pump.",
        "He wrung out the towel and hung it on the fence.",
        "She wrung her hands dry before lifting the baby.",
        # fix39b: "artificial" said of a body part or a made object describes it
        "Surgeons fitted artificial hips and knees to 40 patients last year.",
        "The boy was fitted with an artificial limb after the crash.",
        "Lettuces grow under artificial light in the warehouse.",
        # fix39b: the teaching staff of a course, and a university's lectures
        "The lecture staff were paid on time.",
        "The college hired more lecture staff for the nursing course.",
        "She gave a lecture on rivers in the lecture theatre.",
        "Tickets for the veterans' parade sold out in an hour.",
        "The veteran singer sold out the arena twice.",
        # fix38b: a dose, a level or a substance is dangerous by a limit one can check
        "The chatbot told users to take dangerous painkiller doses.",
        "Inspectors found dangerous levels of lead in the school's water.",
        "Workers handled dangerous chemicals without gloves, the report said.",
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
        # stop 24a: British, Irish, Indian, Australian and South African news in plain words
        "Ram bhakts gathered in Ayodhya for the ceremony.",
        "Thousands of Shiva bhakts walked to the temple in the rain.",
        "A Tory peer has resigned the party whip in the House of Lords.",
        "The election produced a hung parliament, and coalition talks began.",
        "Council tenants in the borough will see rents rise by 7 per cent.",
        "Whilst ministers discussed the proposal, officials drafted the regulations.",
        "Opposition parties staged a dharna outside Parliament House on Monday.",
        "The state government has sanctioned Rs 450 crore for the metro line.",
        "Around 3 lakh farmers have registered for the scheme.",
        "Eskom announced stage 4 load-shedding from 4pm on Tuesday.",
        "Bushfires burned through 20,000 hectares of scrub in the bush.",
        "A storm battered the coast overnight, bringing down power lines.",
        "A lorry broke down on the hard shoulder of the M25.",
        "The National Union of Mineworkers held a ballot on the pay offer.",
        "The Freedom Party won four seats in the state election.",
        # the religious and the hygienic senses of "canonise" and "sanitise", both spellings
        "Pope Francis canonised Mother Teresa in 2016.",
        "The nun was canonized by the Pope on Sunday.",
        "Shoppers were asked to sanitise their hands at the door.",
        "Staff sanitize all gym equipment daily.",
        "Mr Sanghi, the finance secretary, declined to comment.",
        # stop 24: a swamp drained by those who work land, for land use, or named
        "Farmers drained the swamp to plant rice.",
        "Engineers drained the swamp to build a reservoir.",
        "The council drained the swamp for a new road in 1958.",
        "The swamp was drained by settlers in the 1870s.",
        "Colonists drained the swamp to grow sugar cane.",
        "The Pripet swamp was drained in the 1930s.",
        # a microbe or code seizing a cell or a device, and a vehicle seized
        "The virus hijacks the cell's machinery to make copies of itself.",
        "Malware hijacked the browser and redirected searches.",
        "The parasite hijacks its host's immune system, researchers said.",
        "Gunmen hijacked a bus carrying 40 passengers, police said.",
        "Pirates hijacked a tanker off the coast of Somalia on Tuesday.",
        # probe 24d: "regime change" is a policy's name, agency copy's own
        "Washington pursued regime change in Iraq in 2003.",
        "Iran said it would resist any attempt at regime change.",
        # hired soldiers, named as such
        "The Wagner mercenary group operates in several African countries.",
        "Mercenary fighters guarded the gold mines, the report said.",
        # probe 24d: agency wording on the same conflicts, and the look-alikes of the new labels
        "Russian forces shelled Kharkiv overnight, Ukrainian officials said.",
        "Pro-Russian separatists control parts of the Donetsk region.",
        "Anti-government forces seized the airport, the army said.",
        "Neo-Nazi groups marched through the city, police said.",
        "The Chinese government said it opposed the sanctions.",
        "The Hamas-run health ministry in Gaza said 40 people were killed.",
        "The militant group Hamas said it had fired rockets at Tel Aviv.",
        # "the mere X" is the thing alone, enough by itself: no one is belittled
        "The mere presence of police officers calmed the crowd.",
        "The mere fact that talks resumed was welcomed by both sides.",
        "The mere mention of a new runway drew objections from residents.",
        "The mere thought of another winter without heating worried tenants.",
        "Her mere presence at the hearing drew cameras.",
        # agency copy's plain description, in American spelling as in British
        "The teenager was radicalized online, prosecutors said.",
        "The radicalised teenager had watched hours of videos, the court heard.",
        "China has militarized the islands it built in the South China Sea.",
        "The militarization of the border began in the 1990s.",
        "The heavily militarised border is closed to civilians.",
        "Beijing continues to militarise the South China Sea.",
        "The zone was militarized after the armistice in 1953.",
        "The mere suggestion of a fare rise prompted a petition.",
        # probe 24e: health and science reporting that shares the sneers' words
        "The watermelon harvest in Georgia fell by a fifth this year.",
        "Farmers harvested the watermelons early because of the heat.",
        "Loons nest on lakes across northern Minnesota.",
        "A pair of loons nested on the reservoir this spring.",
        "She turned the crank to raise the bucket from the well.",
        "A hand crank powers the emergency radio.",
        "Mass hysteria was blamed for the fainting outbreak at the school.",
        "Doctors gave antivenom after the snake venom reached her bloodstream.",
        "Bee venom therapy has no proven benefit, the review found.",
        "Rare blood clots were linked to the vaccine in 2021.",
        "Rats carrying the plague bacterium were found in the port.",
        "A fossil discovered in Morocco pushes back the origin of the species.",
        "Fossil fuels still provide 80 percent of the world's energy.",
        "The chemical plant employs 400 people.",
        "The vaccine was given in two jabs, eight weeks apart.",
        # probe 24g: business terms that share a loaded word
        "Vulture funds bought the distressed debt at 30 cents on the dollar.",
        "The Fed is shrinking its bloated balance sheet.",
        "The retailer is sitting on bloated inventories after a weak Christmas.",
        "Staff were given a handout listing the new shift rotas.",
        "He wrote a history of the class war in 19th-century France.",
        "Visitors can collect free stuff at the stalls.",
        "The IMF approved a bailout loan for Pakistan.",
        "Greece signed its third bailout package in 2015.",
        # probe 24f: the literal senses beside the new fringe-site entries
        "The butcher's shop sells red meat to restaurants across the city.",
        "Doctors advise eating less red meat.",
        "Jan Hus was burned as a heretic in 1415.",
        "The Sedition Act of 1918 was repealed two years later.",
        "The House Freedom Caucus met on Tuesday.",
        "Pope Francis met Chinese officials as the Vatican renewed its deal with Beijing.",
        "Border agents apprehended about 50,000 people at the southern border in May.",
        "Police said rioters set fire to the Third Precinct in Minneapolis.",
        "Courts rejected more than 60 lawsuits challenging the 2020 election results.",
        "Georgia officials completed a hand recount of about five million ballots.",
        # probe 25b: the plain senses beside the new entries
        "Petrol prices finally fell below their 2021 level in October.",
        "Passengers ducked for cover when the shots rang out.",
        "The hospital admitted forty patients overnight.",
        "The visiting team conceded a goal in the first minute.",
        "The crowd waited quietly outside the courthouse for the verdict.",
        "She spoke quietly to her lawyer before the hearing.",
        # small 25: a bailout named for the one it rescued is the finance desk's plain word
        "The bank's bailout cost taxpayers $4 billion.",
        "The AIG bailout was repaid in full in 2012.",
        # the standard term for a government run by the armed forces
        "The military junta that seized power in 2021 dissolved parliament.",
        "The ruling junta postponed the election until next year.",
        # a body that votes, beside a fire that guts a building
        "The court's majority opinion was written by Justice Kagan.",
        "A majority of the warehouse was gutted by fire on Friday.",
        # probe 25a: the literal senses beside the new entries
        "Volunteers packed the courthouse steps for the hearing.",
        "The boy smacked the ball over the fence.",
        "The airline slashed fares on its transatlantic routes.",
        "The tremor shook down dust from the ceiling.",
        "The sculpture is a hollow bronze figure.",
        "The hospital's systems are compliant with the new data rules.",
        "The bottomless brunch costs 30 pounds a head.",
        "Her shares languished on the market for months.",
        "A tiny band played in the corner of the pub.",
        "Workers tore the old roof from the barn.",
        "The toxic spill changed the local climate for fish.",
        # probe 25c: storms, floods, fires and crashes told in the words' own sense
        "A deluge of rain fell on the city overnight.",
        "An avalanche of snow buried the road above the village.",
        "A torrent of muddy water swept through the square.",
        "A tidal wave of seawater hit the harbour wall.",
        "The drought has crippled harvests across the region.",
        "Hurricane Ian gutted homes along the coast.",
        "Hail hammered farmers' fields across the plains.",
        "The storm hammered households along the coast with 90 mph winds.",
        "A power failure plunged the airport into chaos.",
        "Flash floods plunged the town into chaos on Sunday.",
        "Negotiators hammered out a deal on Friday.",
        "The carpenter hammered the nails into the beam.",
        "Arsenal hammered Chelsea 5-0 on Saturday.",
        "He was attacked with a hammer outside the station.",
        "Hordes of locusts stripped the fields bare.",
        "Police said it was a minor incident and no one was hurt.",
        "It was a minor accident in which no one was killed.",
        "Only a handful of shops reopened after the flood.",
        "A fender bender on Main Street delayed traffic for an hour.",
        # probe 25d: the literal senses beside the new entries
        "The Socialist Party won 12 seats in the election.",
        "The novel imagines a utopia on Mars.",
        "An activist investor bought a stake in the company.",
        "Activists and teachers marched to the statehouse.",
        "Police arrested two men for peddling drugs.",
        # a seller's words said of a street trade's wares: plain trade
        "Street vendors peddle fruit and phone cards near the station.",
        "Hawkers were hawking souvenirs outside the stadium.",
        "Fruit peddlers lined the road into the market.",
        "Hail hammered the fields already soaked by rain.",
        "Hail hammered farmers already reeling from the floods.",
        "The fire killed two; a minor incident at the depot delayed trains.",
        "Only a handful of shops reopened; the flood killed 20.",
        # probe 26a: the doer of a relative clause is the noun its pronoun stands for
        "Firefighters battled a blaze that gutted a warehouse near the docks.",
        "The drought, which crippled harvests across the region, ended in May.",
        "Would-be buyers face higher mortgage rates this spring.",
        "The clinic helps would-be parents through IVF.",
        "The boat carried 40 would-be migrants when it capsized.",
        "Rising rents pushed families deeper into debt, the survey found.",
        "The divers went deeper to reach the wreck.",
        # no deaths before the semicolon, or a minimiser that is not what "it" is called
        "Nobody died; officials called it a minor incident.",
        "The fire killed two; it also caused a minor incident at the depot.",
        # "junta" is the agencies' word for a government that took power by a coup
        "The junta in Niger closed the border on Monday.",
        "Myanmar's junta released 200 prisoners.",
        "The Niger junta expelled the French ambassador.",
        "The Malian junta postponed the vote.",
        # a people's adjective the small model tags a proper noun is still a country's
        "The Thai junta dissolved parliament.",
        "The Argentine junta tortured thousands.",
        "Burkina Faso's junta suspended the broadcaster.",
        "The junta said elections would be held next year.",
        # a country with military rule, now or in its history, by name, people or capital
        "The Myanmar junta ordered new air strikes on rebel villages.",
        "Thailand's military junta dissolved parliament in 2014.",
        "The junta in Niamey expelled the French ambassador.",
        "The Greek junta fell in 1974.",
        # a region of such countries, which the model reads as a person's name
        "The Sahel juntas expelled French troops last year.",
        # who paid, named plainly: the state, the public, a bloc or an ally
        "State-funded hospitals reported shortages of nurses.",
        "A taxpayer-funded study of the scheme was released on Monday.",
        "The EU-funded project opened a new clinic in Lviv.",
        "Publicly funded schools reopened after the strike.",
        "US-backed forces retook the town on Tuesday.",
        # prices, rates, jobs and tyres are slashed as plain business or crime
        "The retailer slashed prices on winter coats by 40 percent.",
        "The central bank slashed interest rates to a record low.",
        "The airline slashed 3,000 jobs after a weak summer.",
        "Vandals slashed the tyres of ten cars overnight.",
        "Her grandmother never meddled in the family's farm accounts.",
        "Latin America's juntas jailed thousands of students.",
        # a word of smell or taste said of a food, a drink or a smell
        "The soup smacks of garlic.",
        "The wine smacks of oak and vanilla.",
        "The stench of rotting rubbish filled the street.",
        "The stench of sewage and smoke lingered over the camp.",
        # "staged" as an act (workers stage a protest) or in stages
        "Workers staged a protest outside parliament.",
        "Union stages protest at car plant",
        "A staged reopening of schools begins in May.",
        "The council approved a staged withdrawal of the fees.",
        # probe 26b: the plain senses beside the new entries
        "The eel squirmed out of the net.",
        "Police enhanced security at the stadium.",
        "The company reported revenue of $4 billion, an increase of 8 percent.",
        "The same tired players lost again in extra time.",
        "The firm will cut 4,000 jobs, it said on Monday.",
        # a courtesy title in a speaker's words or named as a title is protocol
        '"We welcome His Excellency President Lin to Halvik," Holm said.',
        "Ambassadors are addressed as His Excellency in their host country.",
        # a courtesy title in an official name, or quoted from a speaker
        "Her Majesty's Government published the treaty on Monday.",
        "The report was printed by His Majesty's Stationery Office.",
        "He was ordered to be detained at His Majesty's pleasure.",
        "She was named in His Majesty's Birthday Honours for services to nursing.",
        "She is His Majesty's Chief Inspector of Prisons.",
        '"We welcome His Holiness to our city," the mayor said.',
        "The Pope is addressed as His Holiness.",
        "Kim Il Sung took the title of Great Leader in the 1960s.",
        # agency copy's own words for a long dispute and a minister's bill
        "The assembly passed the bill after a bitter debate that lasted nine hours.",
        "Health Minister Nadia Ferrante, who championed the bill, said it would take effect soon.",
        "The minister pushed the bill through the assembly before the recess.",
        "Doctors may prescribe a lethal dose only after two requests.",
        # a team's name is the club's, however it sounds as a label
        "The Patriots beat the Jets 24-10 on Sunday.",
        "The Patriots scored twice in the fourth quarter.",
        "The Patriots lost to the Bills on Sunday.",
        "Patriots coach Bill Belichick said the team was ready.",
        "Fans of the Patriots cheered outside the stadium.",
        "The New England Patriots won again.",
        # how hard a debate or a contest is, measured as agency copy measures it
        "Lawmakers held a passionate debate on the bill before the vote.",
        "The bill was passionately debated for two days.",
        "The bitterly divided Senate passed the bill 51-49.",
        "She won a bitterly contested race for the seat.",
        "The country remains bitterly divided over abortion.",
        # tickets, shows and goods sell out as plain trade
        "Tickets for the final sold out within an hour.",
        "The show sold out on its first night.",
        "The band sold out the arena twice.",
        "Supermarkets sold out of bread before the storm.",
        "The founder sold out his stake to the fund.",
        "The shop sold out its computers by noon.",
        "The band sold out Wembley in an hour.",
        "The tour sold out Carnegie Hall for three nights.",
        "The dealer sold the whole stock out by Friday.",
        # "sell-out" of an event or its audience: every ticket sold
        "A sell-out crowd watched the final at Wembley.",
        "The band announced a sell-out tour of Europe.",
        "The opening concert was a sell-out.",
        # across a full stop, a minimiser needs the deadly event named again or pointed at
        "The fire killed two. A minor incident at the depot delayed trains.",
        "The storm killed two people. Officials called the power cut a minor incident.",
        "Nobody died. Officials called it a minor incident.",
        # "so-called" introducing the name an illness, a season or an age is commonly known by
        "Millions died in the so-called Spanish flu of 1918.",
        "The so-called Hong Kong flu spread around the world in 1968.",
        "The so-called Arab Spring toppled four rulers.",
        "The so-called Winter of Discontent brought strikes across Britain.",
        # "so-called" introducing a trade's term of two or more words that a reader may not know
        "Police feared the device was a so-called dirty bomb.",
        "The fund is one of the so-called hedge funds that bet against the pound.",
        "The so-called Big Four accounting firms audit most listed companies.",
        "Investors used so-called stop-loss orders to limit their losses.",
        "The drugs were sold on the so-called dark web.",
        "She reached the final with a so-called wildcard entry.",
        "Regulators are watching so-called zombie companies that survive on cheap credit.",
        "The plant makes so-called forever chemicals used in non-stick pans.",
        "The army fired so-called loitering munitions at the convoy.",
        "Many shoppers now pay with so-called buy-now-pay-later loans.",
        "Engineers tested so-called solid-state batteries for the new car.",
        "Physicists have yet to detect so-called dark matter directly.",
        "Divers recovered the so-called black box flight recorder on Sunday.",
        "The judge threw out the confession because police gave no so-called Miranda warning.",
        "The bill includes a so-called sunset clause that ends it in 2030.",
        # "self-styled" of hair, clothes or a room: who did the styling
        "The singer wore her self-styled hair loose for the concert.",
        "The model's self-styled look drew praise at the show.",
        "The couple planned a self-styled wedding in a barn.",
        "Her look for the gala was self-styled.",
        # a ship, an animal or a walker loses its way; a colleague's employer is forgotten
        "The ship lost its way in the fog off the headland.",
        "The dog lost its way home after the storm.",
        "The hikers lost their way in the fog.",
        "He forgot who she works for until the meeting.",
        # team57 (probe 27a): the same words in their literal or trade senses
        "Smith's butchers sold lamb and beef to the hotel.",
        "The stadium sold out thousands of tickets in an hour.",
        "Farmers rounded up hundreds of sheep before the storm.",
        "The figures were rounded up to the nearest thousand.",
        "Police said the bodies of two men were found.",
        "The mint stopped printing paper notes in 2020.",
        "The county passed a law on library censorship complaints.",
        # the same words in their plain senses
        "The museum opened a section on Cold War history.",
        "Baggage handlers at the airport went on strike.",
        "The sponsors of the bill met on Tuesday.",
        "The criminal investigation into the blockade continues.",
        "Criminal gangs used the road during the blockade.",
        "The company received a licence to operate the mine.",
        "He was playing cards with his friends when the storm hit.",
        "Players must show the card to the referee.",
        "The storks built a nest on the church tower.",
        "A nest of eggs was found in the barn.",
        "The factory shipped the parts off to Germany.",
        "Poisonous mushrooms grow in the forest.",
        "Russia invaded in what the Kremlin calls its special military operation.",
        "What Moscow called a special military operation entered its third year.",
        "The hype around the phone faded within a month.",
        # "shame" frames as a verb people do, never as a government's practice or a feeling
        "The government named and shamed 200 employers who underpaid their staff.",
        "The minister said it was a shame the talks had been cancelled.",
        "The scandal shamed the party for a decade.",
        # team59 (probe 28a): the same words in their literal senses
        "Higher interest rates squeezed lenders' margins.",
        "Shoppers hoarded toilet paper and pasta in March.",
        "Gunmen held three people hostage in a bank.",
        "Police locked up the suspect overnight.",
        "Two men were convicted of laundering drug money.",
        "The nurse injected the vaccine into the patient's arm.",
        "The roof of the district library caved in after the storm.",
        "Racially motivated violent extremists remain a persistent threat, the department said.",
        "The report counts attacks by domestic violent extremists since 2015.",
        # probe 28b: the same words in their plain senses
        "Rioters looted shops and set fire to a bank.",
        "Cattle slaughtered at the abattoir were tested for disease.",
        "Farmers slaughtered 2,000 pigs after the outbreak.",
        "The wind stirred up dust across the plain.",
        "Rising oil prices could stoke inflation, the central bank said.",
        "He was addicted to opioids for a decade.",
        "Caste remains a factor in village council elections in India.",
        "Brussels said the funds would stay frozen until December.",
        "Democrats won the vote in the Senate on Tuesday.",
        "Storms ravaged the coast overnight, cutting power to 40,000 homes.",
        "The state-run broadcaster reported the result on Sunday.",
        "The Saudi-led coalition said it struck the port.",
        "The Kremlin-backed separatists said they shelled the town.",
        "Doctors removed a malign growth from his lung.",
        # team61 (probe 28c): the same words in their literal senses
        "The retailer slashed prices in its electronics department.",
        "The firm slashed the marketing department's budget.",
        "Burglars ransacked the house while the family was away.",
        "Volunteers flooded the blood bank after the shooting.",
        "Women with dangerous pregnancy complications travelled to other states for care.",
        "Patients with dangerous complications were moved to intensive care.",
        # team62 (probe 28d): the same words in their literal senses
        "The attacker gouged the guard's eye with a key.",
        "The glacier gouged a deep valley into the rock.",
        "The physiotherapist treated his stroke with massage and exercise.",
        "Officials said no one had meddled with the ballot boxes.",
        # ptcart29: "gaslit" in its literal sense, lit by gas
        "The gaslit streets of Victorian London drew tourists.",
        "The museum restored a gaslit parlour from 1880.",
        # team64 (probe 29b): the same words in their literal senses
        "The bridge buckled under the weight of the trucks.",
        "The floor buckled under the crowd on Saturday.",
        "Drivers must buckle up before the car moves.",
        "He buckled his seat belt and drove off.",
        "The driver waved the checkered flag at the end of the race.",
        "China made a show of force near Taiwan on Monday.",
        "The council voted by a show of hands.",
        "On Sunday, Americans turn back the clock one hour as daylight saving time ends.",
        "The recipe calls for coddled eggs.",
        "The island is a haven for migratory birds.",
        "The case has languished in the courts for years.",
        "The agency's war on drugs began in 1971.",
        "Members of the Satanic Temple spoke at the school board meeting.",
        # team63 (probe 29a): the same words in their literal senses
        "The clerk purged the committee's old minutes from the archive.",
        "The installer purged air from the panel's cooling lines.",
        "Ranchers herded cattle across the river before the storm.",
        "The canyon funnels wind into the valley, forecasters said.",
        "An out-of-control truck crashed into three parked cars.",
        "Strong winds fanned the flames overnight, firefighters said.",
        # team68 (probe 29f): the same words in their literal senses, and "outright" as a
        # plain description of a ban, a win or ownership
        "The hype around the new phone faded within a month.",
        "Test results will dictate how long the patient stays in hospital.",
        "Archaic Greek sculptures went on display in the museum.",
        "Six states ban the sale of kratom outright.",
        "The city banned gas leaf blowers outright in 2022.",
        "No candidate won outright, so the race goes to a run-off.",
        "The party fell short of an outright majority.",
        "The family owns the farm outright.",
        # team66 (probe 29d): the same words in their literal senses
        "Volunteers stacked sandbags along the levee on Sunday.",
        "Workers stacked the boxes in the warehouse.",
        "Pariah dogs roam the streets of the old city.",
        "Rising interest rates are squeezing borrowers across the country.",
        "Higher fuel prices are squeezing drivers this summer, the survey found.",
        "The wildfire was the deadliest in state history, officials said.",
        # team65 (probe 29c): the same words in their literal senses
        "Tenants complained of broken heat, broken elevators and broken toilets.",
        "Residents lived with a broken boiler and broken pipes for weeks.",
        "A broken water main flooded the street on Monday.",
        "Police raided the offices of the pension fund on Tuesday.",
        "Crews drained water from the flooded tunnel.",
        "Workers received fringe benefits worth 20% of their pay.",
        # team67 (probe 29e): the same words in their literal senses
        "Farmers were harvesting wheat when the storm hit.",
        "He was convicted of trafficking in cocaine and firearms.",
        "The swimmer was flailing in the water before lifeguards reached him.",
        "Power was devolved to the Scottish Parliament in 1999.",
        "The family spent two days hiding from soldiers in a cellar.",
        "Gunmen held two aid workers hostage for a week.",
        "Pro-Putin demonstrators rallied in central Moscow on Saturday.",
        # team69 (probe 30a): the same words in their literal senses, a veterinary "neutered",
        # cemeteries' heritage status, and a firm's own budget or jobs cut
        "Volunteers trapped, neutered and returned about 600 cats last year.",
        "The clinic spayed and neutered 40 stray cats on Saturday.",
        "Residents asked the city to protect the feral colony behind the library.",
        "The developer bought land beside a historic Black cemetery.",
        "The historic cemetery has about 400 plots left.",
        "Lions and hyenas are predatory animals.",
        "The company slashed its marketing budget by a third.",
        "The automaker axed 500 jobs at its Ohio plant.",
        # team70 (probe 30b): the same words in their literal senses, a ranking of measured
        # pollution, and the game genre
        "The striker pulled a muscle in training on Friday.",
        "The farm sends 4,000 hogs a week to market.",
        "Hog farmers in Iowa face lower prices this year.",
        "Police arrested two drunk drivers on the bridge.",
        "Hackers exploited a flaw in the ticketing software.",
        "The rain soaked fans waiting outside the stadium.",
        "Bakersfield has the nation's dirtiest air, the American Lung Association said.",
        "The studio makes pay-to-play games for phones.",
        # team71 (probe 30c): the same words in their literal senses, a building's heritage
        # status and a library's waiver of overdue fines
        "The baby cried all night.",
        "A roving reporter asked shoppers about the new bins.",
        "The commission voted to designate the 1912 train depot a local landmark.",
        "A storm battered the historic lighthouse, tearing off part of its roof.",
        "The historic commission meets on Tuesday.",
        "Developers tore down a landmark church on Main Street.",
        "The library's fine amnesty runs through June.",
        # lex30: the same words in their literal senses
        "The company streamlined its billing software.",
        "It is the right size for a family car.",
        "The chef slashed the staff meal prices.",
        "The mayor attended a groundbreaking ceremony for the new hospital.",
        "The city held a groundbreaking for the library on Friday.",
        "The test proved negative.",
        "The repairs proved costly for the council.",
        "Police said the alleged fraud took place in May.",
        "The researchers noted the limits of the study.",
        "The referee threw the player out of the game.",
        # event31a: a hospital's wards and beds renovated, named as such
        "The hospital modernised its intensive care unit last year.",
        "The council will modernise the town's care homes.",
        "The trust will modernise its critical care beds.",
        # team72 (probe 30d): broken fittings and machines named as such, a saddled horse, a
        # charity easing misery and a real maze
        "Drivers reported broken traffic lights at the junction.",
        "Inspectors found a broken filter pump in the otter exhibit.",
        "A broken meter overcharged drivers on Main Street.",
        "Crews replaced broken equipment at the plant.",
        "She saddled the horse at dawn.",
        "The charity works to ease the misery of refugees.",
        "Children ran through the hedge maze at the fair.",
        # team73 (probe 31a): a ship sunk on purpose and a stomach's noise
        "The navy scuttled the damaged ship off the coast.",
        "He said his grumbling stomach kept him awake.",
        # event31b: a plain execution and plain uniforms
        "The state executed a prisoner on Tuesday, officials said.",
        "Officers in uniform cleared the square on Sunday.",
        # team74 (probe 31b): a fairground attraction, a house bought unseen, and rules that
        # dictate where only because no one decides
        "The fire marshal closed the haunted house at the fair on Friday.",
        "The couple bought the cottage sight unseen during the pandemic.",
        "The tides dictate where the boats can anchor.",
        # team75 (probe 31c): fraud and a competition offence named as such, sails, lights,
        # a bomb and a shelter put up, a warm room and a cook's skimming
        "Observers found no evidence of rigging at the polls.",
        "Regulators fined three firms for bid-rigging on road contracts.",
        "He was jailed for rigging bids on state contracts.",
        "The crew rigged the sails before the race.",
        "Technicians rigged extra lights above the arena.",
        "Police said the car had been rigged with explosives.",
        "The militants rigged a truck with explosives near the base.",
        "Workers rigged up a temporary shelter after the storm.",
        "The cabin was warm and cozy with a wood stove.",
        "The cook skimmed the fat off the top of the stock.",
        # team76 (probe 31d): animals caged, water pouring across a road, a runner alone
        "The zoo caged the bears after the escape.",
        "Caged hens lay most of the eggs sold in the state.",
        "Floodwater poured across the highway after the levee broke.",
        "A wave of seawater poured across the harbour wall.",
        "The lone survivor was taken to hospital.",
        # team77 (probe 31e): people and animals starving in a famine or a drought, and a roast
        # larded in a kitchen
        "Thousands starve as the famine spreads across the region.",
        "Cattle starve when the drought dries up the grazing land.",
        "The roast was larded with bacon before it went into the oven.",
        # ... and a park named without its budget, which a firm runs as often as a city
        "The resort slashed prices at its water park.",
        "The company starved the park of visitors by closing the road.",
        # team78 (probe 32a): a tackle from the blind side, a circus trade
        "The quarterback was blindsided by a late hit and left the game.",
        "She hopes to become a circus performer one day.",
        # engineers stay out of the people nouns: they blast rock as a trade
        "Engineers blasted rock from the hillside to widen the road.",
        # team79 (probe 32b): a bow of greeting or thanks, a horse saddled, and rents (no one)
        # squeezing households
        "The prime minister bowed to the crowd before leaving the stage.",
        "The players bowed to the fans after the match.",
        "The two fighters bowed to each other before the bout.",
        "The champion bowed to her opponent before the final.",
        "The rider saddles the horse before dawn.",
        "Rising rents are squeezing households across the city.",
        # team80 (probe 32c): a dam's gates opened, a gambler's own losses, a storm's stranded
        "Engineers opened the floodgates to release water from the reservoir.",
        "Crews will open the floodgates to let the river drain into the bay.",
        "He gambled away his pension at the casino, his lawyer said.",
        "The storm padded the town's population with stranded travellers.",
        # team81 (probe 32d): weapons fire that wrecks a bridge, crops left to rot, a time limit
        "Russian shelling wrecked a rail bridge near the front, the military said.",
        "Heavy bombing wrecked the port overnight, officials said.",
        "Farmers left tomatoes to rot in the fields after the frost.",
        "Each speaker may talk up to five minutes at the hearing.",
        "She bent to pick up the ball.",
        # ptcprobe32: a real title, a sale to a relative, a drowning in water
        "The commander-in-chief thanked the editor-in-chief for the interview.",
        "She sold the farm to her grandmother last year.",
        "A boy was drowning in the river when the lifeguards reached him.",
        "A jury convicted the former mayor of fraud, and he was held in custody.",
        # ptcprobe33: a station's and a prison's entrance hall, a tailor's pocket lining
        "The suspect waited in the police lobby until his lawyer arrived.",
        "Visitors are searched in the prison lobby before each visit.",
        "The tailor finished the coat by lining the pockets with silk.",
        "Police lobbied the council for more officers last year.",
        # team82 (probe 32e): a measured record low, an alarm that wakes, a court's plain sentence
        "Burglaries in the county fell to a historic low last year, police said.",
        "The fire alarm rousted guests from their rooms shortly after midnight.",
        "The jury recommended a death sentence for the man convicted of the 2019 murders.",
        # a felon's conviction as the legal status an offence turns on, not an epithet
        "He was sentenced to 37 months for possessing a handgun as a convicted felon.",
        "He admitted possession of a firearm by a convicted felon.",
        # team83 (probe 32f): a measured share, a river's course, an oil firm, a plain bill
        "The country buys its cobalt almost entirely from two suppliers, the ministry said.",
        "Three rivers flow out to sea along this stretch of the coast.",
        "The oil company reported higher profits for the third quarter.",
        "Staff rushed the injured man to hospital.",
        "The senator filed the bill in March, and it passed the committee in May.",
        # team84 (probe 33a): a melody, a named tax, fallen fruit, a museum's or a broadcaster's
        # own prices, smuggling as a crime
        "The anthem was sung to the tune of an old hymn.",
        "Fans set new words to the tune of a pop song.",
        "Lawmakers voted to extend the windfall tax on energy firms.",
        "Volunteers gathered windfall apples from the orchard floor.",
        "The council expects about 40 homes a year on windfall sites.",
        "The museum slashed ticket prices for the summer.",
        "The broadcaster slashed prices for its advertising slots.",
        "Guards found that drugs had been smuggled into the prison.",
        # team85 (probe 33b): a festival opened, a reef that draws divers, a building left to cool
        "The mayor kicked off the food festival on Saturday.",
        "The reef is a magnet for divers, the tourism board said.",
        "Crews let the building cool before they went in.",
        # event33b: the rates probe's words in their plain senses
        "The quarry's crushing plant breaks up about 400 tonnes of rock an hour.",
        "The bank raised its rate for a third time this year, citing rising prices.",
        "Markets read the governor's remarks as hawkish, and the currency rose.",
        # event33a: the plain name beside "climate chaos"
        "Climate change has made summers in the hills hotter and drier, the report said.",
        # event33d: the breach probe's words in their plain senses
        "Police reported isolated incidents of looting overnight.",
        "Snow fell in isolated areas of the hills, forecasters said.",
        "The committee sat on Tuesday to hear the news of the merger.",
        "Officials were pleased with the offer, the union said.",
        # team86 (probe 33c): the same words in their plain senses
        "The forward shrugged off a tackle and scored in the 70th minute.",
        "Perennial plants such as lavender need little water, the guide says.",
        "Both captains signed the agreement on Monday.",
        "The studio painted the set blue before filming began.",
        # event33e (airstrike): the same words in their plain senses
        "The occupation forced thousands from their homes in 1942.",
        "Security forces ended the occupation of the ministry on Friday.",
        "The surgeon's precision saved the patient, the hospital said.",
        "Strike action at the port ended after a week.",
        # team87 (probe 33d): the same words in their plain senses
        "A climber dangled from a rope until the helicopter arrived.",
        "Leaves clog the drains on the high street every autumn.",
        "The floating platform was towed to the harbour on Monday.",
        "The council inspectors will visit the flats in March.",
        "The establishment of the new court was approved in June.",
        # team88 (probe 34a): the same words in their plain senses
        "Ranchers corralled the cattle into the pen before the storm.",
        "Engineers will bury the new cable under the road next year.",
        "The firefighter waved away the smoke and went back in.",
        "The goalkeeper slipped through the crowd after the match.",
        # ptcprobe34: the same words in their plain senses
        "Landlords lobby the council each spring for lower rates.",
        "Residents threw old furniture out on the street before the flood.",
        "The sheriff showed his badge at the gate.",
        # team89 (probe 34b): the same words in their plain senses
        "Children skate by the fountain on winter evenings.",
        "The fire burned through two floors before crews arrived.",
        "The Dow tacked on 97 points, or 1.1 percent, to 8,699.",
        "Workers padded the walls of the gym before the match.",
        "The ticket amnesty runs until May 31, the clerk said.",
        "The parking amnesty waives late fees until May.",
        # probe event34d: the same words in their plain senses
        "The bridge design stands up to high winds, engineers said.",
        "The state slapped a 10 percent tariff on imported cars.",
        "Two players were banned for cheating at the tournament.",
        # ptcprobe35: the same words in their plain senses
        "The guide showed the visitors the door to the crypt.",
        "The footage was shown in slow motion at the trial.",
        "The ship was loaded with grain and sailed on Tuesday.",
        "The museum is silent on Mondays, when it is closed.",
        # ptcprobe36a: the same words in their plain senses
        "A union machine operator was hurt at the plant on Monday.",
        "The union machine shop closed after the contract ended.",
        "The union bought the building in 1990.",
        "Soldiers put a target on the range wall before the drill.",
        # ptcprobe36b: the same words in their plain senses
        "The goalkeeper licked his lips and stepped forward.",
        "A stray dog licked its lips outside the butcher's shop.",
        "The hunter shot himself in the foot while cleaning his rifle.",
        "The cows are milked twice a day, before dawn and after dusk.",
        "The musical closes with a song and dance number.",
        # team90 (probe 34c): the same words in their plain senses
        "Workers carted away the rubble from the collapsed bridge.",
        "The council carted off old furniture to the tip.",
        "Fishing villages that live off the sea lost their boats in the storm.",
        "Families in the valley live off the land and a few goats.",
        "The marshes are a breeding ground for mosquitoes and wading birds.",
        "The markets were notably quiet on Friday ahead of the holiday.",
        "The theatre staged the play for a third season.",
        # team91 (probe 34d): the same words in their plain senses
        "The patient began to cough up blood on the second day.",
        "The road forks at the old mill, the map shows.",
        "The waiter handed the bill to the couple at the window.",
        "She sits on the panel weighing the proposal.",
        "Workers stretched the canvas over the frame.",
        "The cups are disposable and the lids are recyclable.",
        "Shares of the lender rose 3 percent after earnings beat forecasts.",
        # team93 (probe 34f): the same words in their plain senses
        "The magazine ran an airbrushed photo on its cover.",
        "The artist painted the mural with an airbrush.",
        "Regulators can claw back bonuses paid to bank executives.",
        # team92 (probe 34e): the same words in their plain senses
        "Lobstermen have fished the bay for a century.",
        "The state holds 40 men classified as sexually violent predators.",
        "The Yankees roughed up the starter for five runs in the second inning.",
        "The judge will sit on the appeals panel that reviews the report next year.",
        # team94 (probe 35a): the same words in their plain senses
        "Video captured by activists shows police firing tear gas.",
        "Carbon captured by industry will be stored under the North Sea.",
        "The police commissioner gave a speech on Tuesday.",
        "Police said the language used in the letter was threatening.",
        # team95 (probe 35b): the same words in their plain senses
        "The fees are lumped in with other charges on the statement.",
        "The muscle weakness progressed to the point of paralysis.",
        "Militant groups attacked an army post near the border.",
        "Shares shrugged off weak earnings on Friday.",
        # team96 (probe 35c): the same words in their plain senses
        "Three families argue the law violates the establishment clause.",
        "A storm ripped tiles from the roof of the cathedral.",
        "Gale-force winds ripped branches from trees along the river.",
        "The pound devalued sharply after the election.",
        # event35a (swap): a victory and diplomacy apart
        "The ruling was a victory for the union, and the ministry said diplomacy would continue.",
        # event35b (recall): a company forced to close, a recall, a negligence suit
        "The company was forced to close two plants and moved production to Tesk.",
        "The regulator ordered a recall after a court found the negligence of a supplier.",
        # team97 (probe 35d): a driver's U-turn and the new entries' words in their plain senses
        "A witness said the driver made an illegal U-turn on the bridge.",
        "The car did a U-turn and sped away from the checkpoint.",
        "Lifeguards dragged the swimmer into the boat.",
        "Fans waved off the team bus at dawn.",
        # team98 (probe 36a): fish farms' pens, hens' cages and anglers in their plain senses
        "Divers checked the salmon cages after the storm.",
        "The farm moors its sea cages two kilometres offshore.",
        "Hens in battery cages will be moved to barns by 2027.",
        "He spent the morning angling for trout below the weir.",
        "The army built an obstacle course for recruits.",
        "The blast was loud enough to frighten people in the next village.",
        # team99 (probe 36b): an illness that disables, and wagons shunted on a railway
        "He retired at 58 after a crippling stroke, his daughter said.",
        "She has lived with crippling arthritis since her thirties.",
        "A yard engine shunted the wagons into a siding.",
        "The bill languished in committee until the session ended.",
        # team100 (probe 37a): tunnels dug by a boring machine
        "The bored tunnel will run for four kilometres under the estuary.",
        "Engineers chose a twin-bored design for the crossing.",
        # team101 (probe 38a): herds, pests, cargo and fields in their plain senses
        "Mosquitoes were pestering campers all night.",
        "The farmer herded the sheep into the pen.",
        "The ship offloaded its cargo at the port.",
        "The company offloaded its stake in the bank last year.",
        "The farmer ploughed the field before the rain.",
        "The rigid plastic casing cracked in the cold.",
        "The city was bombarded with rockets overnight.",
        "His stomach grumbled all through the meeting.",
        # fix38f: hands wrung dry in their plain sense
        "Volunteers wrung out the wet towels by hand.",
        # fix38f: fish gutted on the quay, whoever guts them
        "He helped gut the fish on the quay.",
        "Fishermen gutted their catch before landing it.",
        # fix38f: a fault before "crippled", which the parse reads as a modifier of "services"
        "A signal failure crippled services across the network.",
        # fix39c: what is silenced is no person, and "silent" is another word
        "The engineer silenced the alarm after the test.",
        "The guns fell silent at midnight.",
        "The crowd stood in silence for a minute.",
        "The board held the chief executive to account at its meeting.",
        "Thieves robbed the couple of their savings.",
        "The museum lent its national treasures to a gallery abroad.",
        "The book tells the history of the town.",
        # team102 (probe 39a): building terms, storm damage, fish, bees and games in plain senses
        "The house sits on cripple walls that were bolted in 2010.",
        "The storm left ruined crops across the valley.",
        "Volunteers carried ruined furniture out of the flooded homes.",
        "Fish nibbled at the bait near the pier.",
        "Bees swarm through the garden every spring.",
        "The chess pieces were carved from walrus ivory.",
        "The play is a moving piece of theatre about grief.",
        "The novel is a fantasy that unfolds in a northern kingdom.",
        "The chapel was restored at great expense in the 1880s.",
        # team104 (probe 40a): literal senses beside the arts and heritage entries, and things
        # (not people) lumped together
        "The old bronze bells were melted down for scrap during the war.",
        "Her shirt was dripping with sweat after the climb.",
        "The council turned the old quarry into a theme park in 1990.",
        "The estate was paid out as a lump sum in 2019.",
        "The guidance lumps bread in with crisps and fizzy drinks.",
        # team105 (probe 40b): crops left unharvested, trees and lofts, a share of cases, an
        # heirloom
        "Farmers left the apples to rot on the trees.",
        "Crops were left to rot in the fields.",
        "The storm uprooted trees along the river.",
        "Volunteers cleared out the loft before the sale.",
        "A tiny minority of cases reach court.",
        "The family silver was stolen in a burglary.",
        # event40a: an eviction told plainly, and defenders of a land claim in court
        "Bailiffs carried out the eviction of the family on Monday, the court said.",
        "Lawyers defending the land claim said they would appeal.",
        # team106 (probe 41a): an aircraft setting off, coins, a change to rules, a pickpocket,
        # a cable tested, a hotel's lobby and a share of the budget told plainly
        "The jet set off for Paris at dawn.",
        "The private jet set down at Luton an hour late.",
        "He emptied his pocket change into the charity tin.",
        "The board made a small change to the rules on Monday.",
        "Pickpockets were picking the pockets of tourists on the metro.",
        "The cable was tested to breaking point in the laboratory.",
        "Guests waited in the hotel lobby for the minister.",
        "The aid budget falls to 0.3 percent of national income.",
        # "motoring lobby" is UK copy's plain name for drivers' groups (three earlier sets leave it
        # unmarked where the line itself is slanted)
        "The motoring lobby welcomed the freeze.",
        # team107 (probe 42b): a spy caught, walls crumbling, a machine idle, a dog gone mad, a
        # strike day at home and free classes, told plainly
        "Officials found a spy in the car park.",
        "The old walls crumble while hospitals wait for funds.",
        "The machine was left idle for a week while landowners negotiated.",
        "The dog had gone mad with heat, the vet said.",
        "Staff will sit at home on Friday because of the strike.",
        "The museum offers free money-management classes for pensioners.",
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


def test_a_real_train_wreck_and_a_vaccine_in_trials_are_plain() -> None:
    """Trains do crash and vaccines are tried before they are authorised: a wreck put on a map
    or told with the railway's harm, and a vaccine in a sentence about its testing, are the
    literal things. The figures still count where nothing in the sentence makes them literal."""
    for text in (
        "Ohio officials asked for patience after the train wreck in East Palestine.",
        "The train wreck released toxic chemicals into the creek.",
        "Researchers reported that the experimental vaccine produced a strong immune response "
        "in early trials.",
        "Volunteers received an experimental shot in the second phase of the study.",
    ):
        assert _flags(text) == [], text
    for text, word in (
        ("The debate was a train wreck for the president.", "train wreck"),
        ("The budget talks are a train wreck in the making.", "train wreck"),
        ("The mandate forced nurses to take an experimental vaccine.", "experimental vaccine"),
        (
            "Nurses were forced to take an experimental vaccine despite its short trials.",
            "experimental vaccine",
        ),
    ):
        assert [span for span, _ in _flags(text)] == [word], text


def test_a_minimiser_takes_the_noun_phrase_it_belittles() -> None:
    """ "nothing more than" alone is half a judgement: the reader sees what it reduces with it."""
    flagged = [span for span, _ in _flags("The summit was nothing more than a handshake.")]
    assert flagged == ["nothing more than a handshake"]
    # a phrase holding another cue keeps its own flag beside the minimiser
    flagged = [span for span, _ in _flags("The bill is nothing more than a publicity stunt.")]
    assert flagged == ["nothing more than", "publicity stunt"]
    flagged = [span for span, _ in _flags("The summit was nothing more than a photo opportunity.")]
    assert flagged == ["nothing more than", "photo opportunity"]
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


def test_a_verb_the_parser_hangs_on_the_first_noun_is_that_nouns_doing() -> None:
    """The small model reads "The bridge buckled under the weight" as a bridge that was buckled
    (a clause on the noun, no subject); the bridge is what buckled, so a thing did it and the
    verb is literal, as it is when the model parses the subject ("The roof buckled in the
    heat"). An "-ing" clause on a noun ("tracks buckling") is that noun's doing as well. A
    company or senators that buckle are still a concession."""
    assert _flags("The bridge buckled under the weight of the trucks.") == []
    assert _flags("The roof buckled in the heat.") == []
    # an "-ing" clause on a noun is that noun's doing: the tracks buckle, no one gives way
    assert _flags("Operators cut speeds to limit the risk of tracks buckling in the heat.") == []
    assert [span for span, _ in _flags("The senators buckling to the lobby met.")] == ["buckling"]
    assert [span for span, _ in _flags("The company buckled under pressure.")] == ["buckled"]


def test_weapons_fire_named_by_its_ing_form_is_a_thing() -> None:
    """The small model tags "shelling" in "Russian shelling wrecked a bridge" as a verb, so the
    noun test took it for someone's decision; the wreck is literal. A minister still wrecks."""
    assert _flags("Russian shelling wrecked a rail bridge near the front.") == []
    assert _flags("Heavy bombing wrecked the port overnight.") == []
    assert [span for span, _ in _flags("The minister wrecked the talks.")] == ["wrecked"]


def test_a_city_or_a_county_that_acts_is_its_government() -> None:
    """News copy names a place for its government ("the city caved to pressure"); a place
    that something is done to ("the town was gutted by fire") is still the place."""
    assert [span for span, _ in _flags("The city caved to pressure from activists.")] == ["caved"]
    assert [span for span, _ in _flags("The county caved to the developers.")] == ["caved"]
    assert _flags("The town was gutted by fire in 1911.") == []
    assert _flags("The roof caved in after the storm.") == []


def test_a_verb_phrase_is_what_it_does_not_who_does_it() -> None:
    flagged = [span for span, _ in _flags("The mayor lashed out at reporters.")]
    assert flagged == ["lashed out"]
    # a headline-style verb the parser reads as a noun is flagged alone, not with its "noun phrase"
    assert [span for span, _ in _flags("Trump slams Democrats over the shutdown.")] == ["slams"]


def test_ptcprobe37a_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families name a rebuff, a credulous press and lost judgement; the same words
    also point out a door, tell of an animal drinking and of lost radio contact, which news
    copy writes plainly."""
    assert _flags("The guide showed us the door to the old cellar.") == []
    assert _flags("She showed the inspectors the door where the water came in.") == []
    assert _flags("The dog lapped it up in seconds.") == []
    assert _flags("Pilots lost all touch with the control tower for ten minutes.") == []
    assert _flags("The band played Space Cowboy as an encore.") == []


def test_ptcprobe38a_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families name a foreign bloc, rule by fear and people thrown away; the same
    words also name a kingdom, what a machine runs on and single-use supplies, and a station's
    lobby is a room, which news copy writes plainly."""
    assert _flags("Historians of Anglo-Saxon England study the kingdom of Mercia.") == []
    assert _flags("The generator can run on diesel for three days.") == []
    assert _flags("Nurses were told to treat the gowns like disposable items.") == []
    assert _flags("Visitors waited in the rail station lobby for the delayed train.") == []


def test_ptcprobe39a_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families cast workers as junk, a loophole as a road and a rally as staged; the
    same words also tell of scrapped machines, a wide gate and a theatre's stage manager, which
    news copy writes plainly."""
    assert _flags("The yard threw the old boilers on the scrap heap.") == []
    assert _flags("The gate is big enough to drive a tractor through.") == []
    assert _flags("The stage manager called the cues from the wings.") == []


def test_ptcprobe39b_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families cast people as fed to wolves and rights groups as a lobby; the same
    words also tell of a keeper feeding animals and of the name agencies give a rights
    organisation, which news copy writes plainly."""
    assert _flags("The keeper threw the meat to the wolves at noon.") == []
    assert _flags("The human rights lobby group Amnesty said so.") == []


def test_ptcprobe40a_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families cast people as cash machines and a decision as a foreign capital's
    order; the same words also tell of a bank's mobile cash machine and of a general's orders in
    a history of the revolution, which news copy writes plainly."""
    assert _flags("The bank parked a mobile ATM on wheels at the fair.") == []
    assert _flags("The troops crossed the river on General George Washington's orders.") == []


def test_ptcprobe40b_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families cast people as livestock or filth, a process as stitched up and
    officials as drunk; the same words also tell of ranchers moving animals, gardeners handling
    soil, a nurse closing a wound, a fire brigade and a drunk driver, which news copy writes
    plainly."""
    assert _flags("The ranchers treat the bison like cattle on the drive.") == []
    assert _flags("The gardeners treat the compost like dirt.") == []
    assert _flags("The nurse did a quick stitch-up of the wound.") == []
    assert _flags("The fire brigade arrived within minutes.") == []
    assert _flags("The driver was drunk on the night of the crash.") == []


def test_ptcprobe41a_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families cast people as prey, an arrival as a worm's crawl, a statement as a
    mask slipping and a sleeper as "woke"; the same words also tell of wildlife, tree roots, a
    patient's oxygen mask and a morning alarm, which news copy writes plainly."""
    assert _flags("Wolves hunted the deer like prey in the valley.") == []
    assert _flags("The roots wormed their way into the pipes.") == []
    assert _flags("The patient's oxygen mask has slipped, the nurse said.") == []
    assert _flags("Residents woke on Monday to find the river had risen.") == []


def test_ptcprobe41b_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families cast a payout as bought silence and marketing as hooking people on a
    drug; the same words also tell of a hushed concert hall, a doctor's account of an addiction
    and an angler's catch, which news copy writes plainly."""
    assert _flags("The band bought a minute of silence before the encore.") == []
    assert _flags("Doctors say he was hooked on nicotine by the age of sixteen.") == []
    assert _flags("The angler hooked a large trout on the first cast.") == []
    assert _flags("The judicial review will be heard in March.") == []


def test_ptcprobe42a_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families cast people as herded livestock and firms as plunderers; the same
    words tell of a rancher's steers, a sheepdog's flock and a Viking raid, which farm and history
    copy write plainly."""
    assert _flags("The ranchers herded the steers like cattle.") == []
    assert _flags("The dogs herded the sheep like cattle.") == []
    assert _flags("Viking plunderers sacked the monastery in 793.") == []
    assert _flags("Historians read the tobacco industry's files in court.") == []


def test_ptcprobe43a_families_stay_quiet_on_their_literal_look_alikes() -> None:
    """The probe's families cast an industry as a lobby, a setback as a coffin's nail and an
    assurance as one heard before; the same words tell of a power station's entrance hall, an
    undertaker's work and news to a witness, which news copy writes plainly. "dangerous" stays
    loaded, but not in the names that health and cargo rules give a hazard."""
    assert _flags("The nuclear plant's lobby was crowded with visitors.") == []
    assert _flags("The undertaker drove the last nail into the coffin lid.") == []
    assert _flags('"I had never heard that before," the witness said.') == []
    assert _flags("I have not heard that before, the nurse said.") == []
    assert _flags("Inspectors found dangerous bacteria on the drying line.") == []
    assert _flags("The lorry was carrying dangerous goods.") == []
    assert _flags("He was charged with being criminally negligent in a court in Leeds.") == []
    assert _flags("It is a dangerous policy.") != []


def test_a_conjoined_verb_is_done_by_the_first_verbs_subject() -> None:
    """The small model hangs a second verb ("found the milk and lapped it up") on the first, with
    no subject of its own: the doer is the first verb's subject, so a cat drinking stays plain
    and an audience that swallows a claim is still cast as credulous."""
    assert _flags("The cat found the milk and lapped it up.") == []
    assert _flags("The old barn caught fire and caved in overnight.") == []
    flagged = [span for span, _ in _flags("Voters heard the slogan and lapped it up.")]
    assert flagged == ["lapped it up"]
    assert [span for span, _ in _flags("The mayor met the builders and caved.")] == ["caved"]


def test_a_noun_entry_the_model_reads_as_a_name_in_lower_case_is_the_noun() -> None:
    """After a hyphenated measure ("an eleven-minute joyride") the small model may tag the noun a
    proper name; a word written in lower case inside a sentence is no name, so the noun entry
    counts. The same word capitalised as a title stays a name."""
    text = "The tycoon strapped into a rocket for an eleven-minute joyride to the edge of space."
    assert [span for span, _ in _flags(text)] == ["joyride"]
    assert _flags("The band Roxette released Joyride in 1991.") == []


def test_a_phrase_opening_a_sentence_is_no_name_for_its_capital() -> None:
    """The small model tags the capitalised first word of "Cancel culture has gone too far" a
    name of its own; the rest of the phrase is in lower case, so nothing is named. A real
    name keeps its capitals after its first word."""
    flagged = [span for span, _ in _flags("Cancel culture has gone too far, the senator said.")]
    assert flagged == ["Cancel culture"]
    flagged = [span for span, _ in _flags("Witch hunts like this one waste public money.")]
    assert flagged == ["Witch hunts"]
    assert _flags("House of Cards returns to Netflix on Friday.") == []
    assert _flags("Witch Hunt is the title of the band's new album.") == []


def test_a_verb_and_particle_entry_finds_the_particle_before_or_after_the_object() -> None:
    """ "bleed dry" is written both ways, and in every form of the verb: the particle may come
    before the object ("bleeding dry the very towns") as well as after it."""
    for text in (
        "Payday lenders are bleeding dry the very towns they serve.",
        "Payday lenders bled dry the towns they serve.",
        "Payday lenders are bleeding the towns dry.",
    ):
        assert any(span.lower().startswith(("bleeding", "bled")) for span, _ in _flags(text)), text
    assert _flags("The wound stopped bleeding and the cloth was hung up to dry.") == []


def test_a_scavengers_move_in_a_story_about_people_puts_the_creature_on_people() -> None:
    """ "The vultures are already circling" names the people a sentence later, if at all: the
    idiom's verb in a story with no creature in it is the label. Birds seen in the sky, or in
    a story that names their prey or their world, stay birds."""
    for text in (
        "Yet the vultures are already circling. Critics are using the crash to score points.",
        "Once the firm filed for bankruptcy, the vultures descended.",
    ):
        assert ("vultures", "label") in _flags(text), text
    assert _flags("Vultures circled over the carcass.") == []
    assert _flags("Vultures were circling overhead when the hikers reached the ridge.") == []
    wildlife = "Rangers counted the vultures at the reserve. By noon the vultures were circling."
    assert _flags(wildlife) == []
    assert _flags("Parasites feed on the blood of their hosts.") == []


def test_a_charges_name_is_a_verdict_only_where_no_court_is_in_its_sentence() -> None:
    """ "criminal negligence" is the law's word in court copy and the outlet's verdict where it
    stands alone: no charge, court, prosecutor or inquiry in its sentence, and no case it names."""
    for text, words in (
        ("This is criminal negligence.", "criminal negligence"),
        ("The government's criminal negligence is to blame.", "criminal negligence"),
        ("The council was criminally negligent.", "criminally negligent"),
    ):
        assert (words, "loaded") in _flags(text), text
    for text in (
        "She was charged with criminal negligence.",
        "He faces a criminal negligence case.",
        "Criminal negligence charges were filed on Monday.",
        "Prosecutors say the owner's criminal negligence caused the fire.",
        "The jury found the engineer criminally negligent.",
        "Police are investigating the collapse as possible criminal negligence.",
    ):
        assert _flags(text) == [], text


def test_a_charge_of_concealment_needs_a_count_or_the_truth_hidden() -> None:
    """ "a death toll the government is hiding" is the outlet's charge of concealment, whichever
    verb carries it; hiding in a barn, hiding places and a prosecutor's charge are not."""
    for text, words in (
        ("Officials gave 40 dead, a toll the government is hiding from the country.", "hiding"),
        ("The ministry is sitting on the figures.", "sitting on"),
        ("The government is covering up the truth.", "covering up"),
    ):
        assert (words, "loaded") in _flags(text), text
    for text in (
        "The suspect was hiding in a barn.",
        "Children searched for hiding places.",
        "Prosecutors say the firm was concealing the data.",
        "She was sitting on the bench.",
    ):
        assert _flags(text) == [], text


def test_guilt_ridden_is_a_feeling_ascribed_not_a_place_overrun() -> None:
    """ "-ridden" of a place ("crime-ridden suburbs") says it is overrun; "guilt-ridden" says a
    person or a board acts from guilt, and its note says so (event39a's first run explained it
    as a place overrun)."""
    (entry,) = default_lexicon().lookup("guilt-ridden")
    assert entry.category == "loaded"
    assert "overrun" not in entry.note and "guilt" in entry.note


def test_a_recovery_claimed_in_the_outlets_voice_is_loaded_not_a_log_or_a_road() -> None:
    """ "record progress" and "turning the corner" said of a service or an economy declare a
    success in the outlet's own words; keeping a record of progress and a corner of a road do
    not."""
    for text, words in (
        ("The health service is turning the corner after a hard winter.", "turning the corner"),
        ("The economy has turned the corner.", "turned the corner"),
        ("The ministry hailed record progress on waiting lists.", "record progress"),
    ):
        assert (words, "loaded") in _flags(text), text
    for text in (
        "Nurses record progress in each patient's file.",
        "The app lets runners record progress every week.",
        "A lorry turning the corner into Mill Street hit a cyclist.",
        "The bus was turning the corner when the brakes failed.",
        "She turned the corner and saw the smoke.",
        "Police said the van turned the corner at speed and hit a wall.",
    ):
        assert _flags(text) == [], text


def test_spin_as_a_noun_judging_a_statement_is_loaded_not_a_machine_a_bowler_or_a_ride() -> None:
    for text, words in (
        ("It is spin.", "spin"),
        ("The announcement was pure spin.", "pure spin"),
        ("Voters are tired of government spin.", "government spin"),
    ):
        assert (words, "loaded") in _flags(text), text
    for text in (
        "Set the machine to a gentle spin.",
        "Put the washing on a fast spin cycle.",
        "The spin bowler took three wickets.",
        "He took the new bike for a spin along the coast.",
    ):
        assert _flags(text) == [], text


def test_fix41b_hooking_people_on_nicotine_reads_every_form_and_keeps_plain_hooks_plain() -> None:
    """The family casts selling nicotine as hooking people on a drug: "hooking a generation on
    vapes", and "hooked kids on nicotine", where the small model reads "hooked" as an adjective
    with the lemma "hooked". Being hooked on a hobby, a coat hooked on a door and a trailer
    hooked on a tow bar stay plain."""
    for text, words in (
        ("The company has been hooking a generation on vapes.", "hooking a generation on vapes"),
        ("The firm hooked kids on nicotine.", "hooked kids on nicotine"),
        (
            "Brands hook teenagers on e-cigarettes with sweet flavours.",
            "hook teenagers on e-cigarettes",
        ),
    ):
        assert words in [span for span, _ in _flags(text)], text
    assert _flags("He was hooked on fishing as a boy.") == []
    assert _flags("A coat hooked on the door fell down.") == []
    assert _flags("He hooked the trailer on the tow bar.") == []


def test_team107_a_power_cut_cripples_in_its_plain_sense_but_a_spending_cut_dramatises() -> None:
    """ "Cut" alone is what people decide and "power" alone what they hold, so neither makes a
    verb of ruin plain; the pair "power cut" is an outage, which wire copy tells of as plainly as
    a power failure. Spending cuts, a power struggle and a leaked memo stay figurative."""
    assert _flags("A power cut crippled a data centre in Dublin for six hours.") == []
    assert _flags("A gas leak crippled the factory for a week.") == []
    assert _flags("Budget cuts crippled the library service.") == [("crippled", "loaded")]
    assert _flags("A power struggle crippled the party for a decade.") == [("crippled", "loaded")]
    assert _flags("The leak crippled the minister's campaign.") == [("crippled", "loaded")]


def test_team107_a_plural_opening_a_sentence_is_hammered_as_people_not_as_a_club() -> None:
    """The small model reads "Pensioners" opening a sentence as a name, so the tax that hammers
    them was taken for a rival beating a club. A payer read so is still people; a club's name in
    the same place ("Rangers", "Saracens") and hail on fields stay plain."""
    assert _flags("Pensioners would be hammered by the tax.") == [("hammered", "loaded")]
    assert _flags("Homeowners will be hammered by the new levy.") == [("hammered", "loaded")]
    assert _flags("Rangers were hammered 4-0 by Celtic on Saturday.") == []
    assert _flags("Saracens were hammered by Leinster in the final.") == []
    assert _flags("Farmers' fields were hammered by hail on Sunday.") == []
