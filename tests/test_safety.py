"""Safety screening: every rule fires on phrasings written here (not taken from
the rules or any eval file), at its own level; ordinary hard moments stay "ok";
urgent beats see-professional; the message names the next step for the region."""

from __future__ import annotations

from pathlib import Path

import pytest

from inara.matching.age import normalise_numbers
from inara.matching.safety import Finding, categories, combine, next_step, resources, rule_findings, rules, screen, strip_accents
from inara.vocab import REGIONS

RULES = {rule.id: rule for rule in rules()}


def normalised(text: str) -> str:
    return strip_accents(normalise_numbers(text))

# rule id -> phrasings that must fire it: (text, age in years if the parent gave one separately)
# Direct and indirect, typos and missing apostrophes, parents quoting their child, a teen's own words.
FIRES: dict[str, list[tuple[str, float | None]]] = {
    "separation-past-the-usual-age": [
        ('my 8yo wont go anywhere without me now not even the toilet', 8),
        ("she's 9 and can't be in a room without me, not even the bathroom", 9),
        ('he screams if I leave the room, tummy ache every single morning', 7),
        ('DS 10 panics when I go to the loo, been like this for months', 10),
        ('my 6 year old sobs whenever I step outside, every single day since Easter', 6),
    ],
    "weapons-threats": [
        # an air gun taken to school (added after the stability property drew one; written here)
        ("my 12 year old took his air rifle into school this morning, another parent just rang me", 12),
        ("DS 14 has taken a pellet gun to school in his rucksack", 14),
        # added after blind-safety-56's first run (phrasings written here)
        ("there's a fight outside the chippy, a boy about 14 on the ground being stamped on, what do I do", 14),
        # added after blind-safety-40's first run (phrasings written here)
        ("saw a message on his phone: 'bring your blade to the park later'", 14),
        # narrowed after blind-safety-27 (a toy that "turned out" to be one); a real one still fires
        ("a kid in his year brought a gun to school, the police said it was loaded", 14),
        # added after blind-safety-22's first run
        ("some boys from year 10 are gonna jump him on the way home tonight, it's all over snapchat", 14),
        ('apparently a group of girls are going to batter her at the bus stop after school and film it', 13),
        ('tidying his room I found a floor plan of his school with the exits marked and times written next to each one', 16),
        ("he has drawn a map of the college with 'most people' and lunch times circled", 17),
        ("a girl keeps messaging her saying she's going to throw acid on her face", 15),
        ('ds 16 jus left wiv a machete sayin hes goin to sort out the boys who jumped his m8', 16),
        ('he stormed out of the house with a kitchen knife', 15),
        ('my son just walked out with a baseball bat to find the lad who hit his sister', 14),
        ('she ran off holding a knife after the row', 13),
        ("he's gone out with his zombie knife, I can't reach him", 17),
        ("my 16yo pulled a knife on a boy at school", 16),
        ("found a knife in my son's school bag this morning", None),
        ("he told his friends he is going to shoot up the school on friday", None),
        ("my 14 year old has a hit list in his notebook", 14),
        ("she keeps a blade under her mattress and threatened her brother with it", None),
        ("my son said he's gonna stab the kid who bullies him", None),
    ],
    "missing-or-lost": [
        # added with blind-safety-53's rules (phrasing written here)
        ("my 7yo wandered off at the festival and the security staff are searching for her now", 7),
        # added after blind-safety-49's first run (phrasings written here)
        ('dd 14 not been home since saturday, phone off, her mates say they havent seen her', 14),
        # added after blind-safety-42's first run (phrasings written here)
        ('lost 5yo on the train, red coat, help', 5),
        # 'straight to voicemail' (2026-12-05, after blind-safety-33's line was urgent only through the re-read; phrasings written here),
        ("dd 16 not back since last night, phone goes straight to voicemail, so not like her", 16),
        ("he hasnt come home since yday, phone straight to voicemail, this isnt like him", 15),
        # away overnight and unreachable (added after blind-safety-32's first run; phrasings written here)
        ("DS 15 hasn't been home since last night, not answering and his location is off", 15),
        ("she's not back since yesterday, snap map turned off, this isn't like her", 16),
        # unreachable for hours, unlike them (2026-12-05)
        ("my daughter (14) still isn't back from town and her phone is switched off, it's been 3 hours", 14),
        ("DS 16 hasn't come home, mobile going straight to voicemail since 6, this isn't like him", 16),
        ("she's not back from the sleepover and her phone's off, not like her at all", 12),
        ("my 13 yr old hasnt come home from school n his phone is dead, its gone midnight", 13),
        ("our eldest is still not home and his phone is not answering, never does this", None),
        # added after blind-safety-22's first run
        ('my 11yo not home frm school, always here by 4, its nearly 7 and her phone is off', 11),
        ("he still isn't back from football, he's normally home by 6 and it's gone 9", 13),
        ('lost him at the park for 5 minutes, found him with a man we did not know', 5),
        ('lost my son at the beach for 20 minutes, still haven\'t found him', 7),
        ("her 6 year old went out to play 40 min ago and she's not anywhere on the street", 6),
        ("one of the Year 3s didn't get back on the coach after the museum and nobody has checked", 7),
        ("my son with autism has just run off from the park and he can't cross roads", None),
        ("she's wandered off from the beach, no sign of her yet", 4),
        ("my 4 year old got lost in the crowd at the festival and we can't find her", 4),
        ("my 8yo let go of my hand in the crowd and I cant see her anywhere", 8),
        ("we were at the fair and I can't find my son anywhere", None),
        ("lost my 3 year old at the beach 15 minutes ago, he cant swim", 3),
        ("my 12yo didn't come home last night and her phone is off", 12),
        ("my daughter got into a car with an older man after school", None),
        ("his bed was empty this morning and the window is open", None),
        ("can't find my son at the festival, I've looked everywhere", None),
        ("my 15 year old ran away last night and isn't answering", 15),
    ],
    "left-alone-overnight": [
        # added after blind-safety-82's first run, in new words
        ("night shift again tonight, left him with cartoons on and a packed tea", 6),
        ("I've got a night shift so I'll leave them with the tv and some sandwiches", 7),
        ("did my night shift and left the kids on their own with the tablet", 8),
        ("had to leave her alone for 12 hours while I did the overnight", 5),
        ("left them on their own for twelve hours, it was a night shift, they had the telly", 9),
    ],
    "neglect-signs": [
        ("her little brothers are on their own all day while she's at college", None),
        # added after blind-safety-28's first run, in new words: a young child alone through the night
        ("our 8 year old makes his own tea and takes himself up to bed, so he is by himself from 7pm to 6am when I'm on shift", 8),
        # added after blind-safety-22's first run
        ('a boy in my class wears the same dirty clothes all week and eats out of the bin at lunch', 6),
        ("her burn is weeping and clearly infected and mum says she hasn't had time to take her to the doctor", 7),
        ("their 12yo hasn't had a feed since yesterday, she's lying in soiled sheets", 12),
        ("he's left in a soaked nappy all day when she's at her mum's", 2),
        # added 2026-12-07: a clause-stability sample drew a line only the trained readings caught (in new words here)
        ("found a toddler wandering about in just a nappy at 2am, she says mummy is asleep", None),
        ('He says his mum only sleeps and he feeds his baby sister himself', 6),
        ("my daughter's friend (7) says her mom just sleeps all day, she makes the little ones' food", 7),
        ('Ele diz que a mãe só dorme e que é ele que cuida da irmãzinha bebê.', 6),
        ('o menino diz que a mae so dorme, e ele que cuida do irmao', 8),
        ('she told the teacher that mummy always sleeps and she has to get her brothers up for school', 8),
        ("I've watched the parents go out at 11 and not come back till 4, and I'm fairly sure nobody else is in there", 1),
        ("a pupil comes in every day in the same soiled clothes and eats everyone's leftovers at lunch", 6),
        ('his ear has been leaking for weeks and mum never answers the phone', 6),
        ("is it ok to leave a 3yo napping alone while I do a 4 hour shift?", 3),
        ("Been drinking since lunch, the kids (4 and 7) are in the bath and I can't stand up properly", None),
        ("my 6 year old has been home alone since lunchtime and I can't get back till late", 6),
        ('one of my reception kids has been in the same clothes all week and keeps taking food from the bins', 5),
        ('his dad came to pick him up from football and he was clearly drunk, could barely stand', 9),
        ("is it ok to leave my 4 year old in the car for a few hours while I work", 4),
        ("the neighbours leave their 3 year old alone in the flat for hours while they work", None),
        ("a little girl next door is always hungry and dirty, her parents are never home, she eats from the bins", None),
        ("there's no food in the house and my sister's kids haven't been fed for days", None),
        ("the twins are left alone all night in the apartment", None),
        ("I think my nephew is being neglected, he's 6 and nobody looks after him", None),
    ],
    "indirect-urgent": [
        # added after blind-safety-59's first run (phrasings written here)
        ('our Year 6 pupil has a fourth injury this half term and a new story every time, and he flinches when dad comes', 10),
        # added after blind-safety-57's first run (phrasings written here)
        ("through the wall I can hear a little boy shouting 'stop hurting my mum' and a crash", None),
        # added after blind-safety-56's first run (phrasings written here)
        ("I can hear the little girl upstairs crying 'no daddy' and things being thrown again", None),
        # added after blind-safety-47's first run (phrasings written here)
        ("my 5yo said her swimming coach makes her play a 'naked game' in the changing room", 5),
        # added after blind-safety-46's first run (phrasings written here)
        ("my neighbour's boy says he'll get the belt if he's late home, he had marks on his arms", 8),
        # added after blind-safety-46's first run (phrasings written here)
        ("I can hear a little girl crying 'no daddy stop' through the wall and banging", None),
        # added after blind-safety-45's first run (phrasings written here)
        ("he shoved me down the stairs in front of the kids and told me he'd start on the children next", None),
        # added after blind-safety-45's first run (phrasings written here)
        ("she wrote a poem called 'my last day' about the railway bridge and dated it tomorrow", 14),
        # added after blind-safety-43's first run (phrasings written here)
        ('she keeps asking how tall the highest bridge in town is and if you would feel it, she has been so low', 13),
        ("found a goodbye letter on his bed and his door is locked, he's not answering", 15),
        ("bathroom locked, no answer, and there's a sorry note on the sink", 13),
        # belongings given away and a pet handed over "for good" (added after blind-safety-33's first run)
        ("she gave away her games and asked her friend to look after her cat for good", 16),
        # a goodbye to someone who died, posted with a place to jump (added after blind-safety-32's first run)
        ("my 14yo posted 'see you soon dad' under his old photo, then a picture of the railway bridge, and she's not in her room", 14),
        # in the words of a parent's job (added after blind-safety-31's first run; phrasings written here)
        ("she told her therapist she has active suicidal ideation with a plan", 15),
        ("ds 16 disclosed SI last night, says he has the means in his room", 16),
        ("sats dropping, 88% on the pulse ox, he's 6 and wheezing hard", 6),
        ("gave the blue inhaler 10 puffs, no effect, she's 7 and her ribs are sucking in", 7),
        ("he can only get out two words at a time between breaths", 9),
        ("our 14yo has been MFH since friday, phone off", 14),
        ("should I report her as missing from home? it's been 20 hours and nobody has seen her", 13),
        ('we both gave her calpol without telling each other', 1.5),
        ("so 3 doses in about 4 hours, she's asleep now", 1.5),
        ('the button battery is missing from the remote and he had it a minute ago', 3),
        ("he says he ate a 'coin' and the remote is open", 3),
        ("my friend watched her son getting into a van with an unknown man outside the park", None),
        ("he let go of my hand at the fair and now i cant see him", None),
        ("our 15 year old left a note saying don't look for me and took her passport", 15),
        ("dad has left us on our own for 3 days and there is no money for food", None),
        ("the childminder was drunk on the sofa and my daughter was alone in the bath", None),
        ("I threw him against the door so hard, I'm scared of what I'll do tonight", None),
        ("her boyfriend punched my son when I was at work", None),
        ("the cub leader told my son it is their special game and not to tell", None),
        ("he says he wants to unalive himself and has been giving his games away", None),
        ("my son made a list of the school's students he wants to hurt and which doors to lock", None),
        ("los ninos de la vecina pasan dias solos en casa", None),
        ("my 14 yo stabbed a boy at the bus stop", 14),
        # the battery pattern stops at the first "had/chewing": read greedily to a later one, the
        # match took in "he's fine" and was dropped as over, so a trailing clause switched it off
        ("Found the back off the TV remote and the little round battery is gone. DS is 18 months and was chewing it "
         "earlier. He's fine, eating his dinner. Do I just keep an eye on his nappies, we had pasta for tea.", 1.5),
        ("daughter 9 left school with a man who told the office he was her uncle. she hasnt got an uncle", 9),
        ("9yo on her window sill again saying she'll jump", 9),
        ("he keeps searching how to buy a gun without a licence", None),
        ("saw 'kms fr' on her story", None),
        # said by the default screen alone before; an ordinary clause switched it off (stability, 2026-12-04)
        ("sister is 17 and keeps putting 'kms' on her private story", 17),
        ("massive fight outside the chippy my 15yo is in it n someone's got a bat, im across the road wat do", 15),
        ("my 7yo has started doing humping stuff with her teddies and said 'that's what me and the big boy next door do'", 7),
        ("she told her teacher 'i won't be here after christmas so it doesn't matter'", None),
        ("her stepdad keeps walking into my 11 yo's room when she's getting changed", 11),
        ("he took the lock off her bathroom door", None),
        ("bruises on his ribs again, says his mum's boyfriend did it play fighting", None),
        ("le voisin lui donne des bonbons pour qu'elle ne dise rien", None),
        ("they got him to send a photo and now they're demanding money or they'll send it to his friends", 16),
        ("the baby would be better off if we both weren't here", None),
        ("i kicked the door in right next to her head", 7),
        ("penso em sacudir meu filho quando ele chora", None),
        ("hij zei dat hij liever dood is dan naar school", 11),
        ("el amigo dice que nunca llego", 9),
        ("headcount is one short, she was last seen 25 mins ago", 10),
        ("comeu umas frutinhas roxas no quintal", 5),
        ("same clothes all week and no coat in the snow", 7),
        ("de zwemleraar haar apart neemt en zegt dat het hun geheimpje is", 8),
        ("a small round burn on the back of her hand", 5),
        ("she's fitting right now and it's been like 6 minutes", 4),
        ("i feel like i could snap and really hurt my toddler", None),
        ("the baby would be better off if neither of us was here", None),
        ("found a letter saying sorry and that it's not our fault", 16),
        ("escreveu no diario que ja escolheu o dia", 15),
        ("he made a step by step plan to hurt a boy in his class", 11),
        ("an older man gives him lifts and asks for favours in return", 15),
        ("the baby is strapped in the car seat for hours at home", 1),
    ],
    "grooming-and-disclosure": [
        # added after blind-safety-57's first run (phrasings written here)
        ("my 7yo says her friend's uncle made her play the tickling game under the blanket", 7),
        # added after blind-safety-56's first run (phrasings written here)
        ('a grown man from Discord wants to meet my 12yo at the shopping centre on Saturday', 12),
        # a young teen seeing a man twice her age (added after blind-safety-35's first run; phrasings written here),
        ("our 14 yr old is dating a 24 year old man she met at work and he picks her up from school", 14),
        ("found out DD 13 has been staying over with a 22yo bloke from the skatepark", 13),
        # an adult's kiss or touch with "don't tell" (2026-12-05)
        ("my 8yo told me her swimming coach touched her under her costume and said don't tell anyone", 8),
        ("Our neighbour kissed my son (9) and told him not to tell us, he's been quiet since", 9),
        ("the youth worker kissed my 13 year old in his car. he said she mustn't tell her parents", 13),
        ("her tutor keeps kissing her at the end of lessons and says never tell mummy", 7),
        ("my stepdad touches me at night and says dont say anything or mum will cry", 12),
        ('the big boy plays the secret game where you show your private and he touches mine', 5),
        ("a man on his game chat keeps asking him for pics with no shirt on", 11),
        ("someone on roblox asked my daughter for photos of herself", 10),
        ("a guy online keeps asking her to send pictures", 12),
        ("my 2 yo keeps saying 'uncle tickle my winkle'", 2.5),
        ('My boyfriend always wants to bath my daughter (5) and he locks the door, and now she cries at bath time', 5),
        ('the new stepdad insists on bathing her himself and locks the bathroom door, she says it hurts', 7),
        ('Her uncle offered to do bath time and locked the door behind them, she came out crying', 4),
        ('my partner baths my 6yo every night and locks the bathroom door, she now says her bits are sore', 6),
        ("ex's girlfriend bathes him at weekends and locks the door and he doesn't want to go there anymore", 3),
        ("her swimming coach plays a 'secret tickle game' with her in the changing room", 6),
        ("he says the tickle game is only for special girls", 6),
        ("She said the new instructor 'puts his hand in my costume in the changing room'", 7),
        ("my 4yo said 'uncle's friend plays the tickle game on my wee wee and it's our secret'", 4),
        ("the swimming coach told her it's their special secret", 9),
        ("Daughter is 13 and has a 'boyfriend' who is 22, met him on some app", 13),
        ("my 14yo has a bf who's 19 and he picks her up from school", 14),
        ("3yo keeps saying 'no touch my pee pee' at nappy changes since the new babysitter started", 3),
        ("she started saying don't touch my bum ever since her mum's boyfriend moved in", 4),
        ('my 6 year old asked if grown-ups make you touch them when you sleep over', 6),
        ("he's 15 and keeps going to an older man's flat who gives him cash and vapes", 15),
        ("her stepdad keeps coming into her room at night", None),
        ("she said the babysitter puts medicine in her bum", None),
        ("my 12 year old has been messaging a much older man who says they're dating", 12),
        ("a 24 year old guy is dating my 14 year old", 14),
        ("our 14 year old, a 20 year old 'boyfriend' from the gym", 14),
        ("my 13 year old is seeing a 25 year old man she met online", 13),
        ("he touches her at night when I'm at work", None),
    ],
    "parent-harm-indirect": [
        ("I smacked him and couldn't stop, I lost control", None),
        ("I've hit my daughter and I just saw red", None),
        ("I grabbed him so hard and I blacked out for a second", None),
        ("i shoved my son and i couldnt stop myself, lost control", None),
        ("I slapped her and lost control completely", None),
    ],
    "tics-and-habits-that-harm": [
        # a vocal tic at school (added after blind-safety-38's first run; phrasings written here),
        ("my 9yo keeps squeaking 'eep' in lessons and says he can't stop it", 9),
        ("her head jerks are so strong that her neck hurts by bedtime", 9),
        # a vocal tic in the child's words (added after blind-safety-32's first run; phrasings written here)
        ("he keeps blurting out a swear word in class and says 'my body makes me do it'", 10),
        ("she shouts a rude word at random in assembly, then cries and says it just comes out", 8),
        # added after blind-safety-22's first run
        ("he's been jerking his head and clearing his throat for over a year and his neck hurts now", 10),
        ('he does this loud throat grunt and a shoulder shrug constantly now', 11),
        ('mid-match he keeps shouting out the same word and twisting his shoulder', 12),
        ('the eyelashes on her left eye are almost all gone', 13),
        ('keep finding piles of hair under her pillow', 11),
        ("his eyebrows are nearly gone and he says he doesn't know why", 10),
        ("she keeps calling out a noise in class and can't stop", 9),
        ('one of my lads keeps calling out a word and jerking his shoulder', None),
        ('the shrugging is so hard now that her shoulder is sore all day', 11),
        ('she bites the inside of her cheeks so much they are raw', 9),
        ("he has vocal tics, shouting out and grunting in class", 12),
        ("blinks and grimaces constantly and now he is skipping football because they tease him", 15),
        ("my 9yo pulls her hair out and now has bald patches", 9),
        ("his tics hurt his neck and he can't stop them at school", None),
        ("she bites her nails until they bleed and get infected", None),
        ("my son's tic has lasted a year and is getting worse", None),
        ("she pulls out her eyelashes when she reads", None),
    ],
    "aggression-that-injures": [
        # added after blind-safety-54's first run (phrasings written here)
        ("every day he lashes out at nursery and today he broke the skin on another child's arm, he's 4", 4),
        # added after blind-safety-53's first run (phrasings written here)
        ("my 14yo got suspended for a fight and the other boy's jaw was broken, it's his second this term", 14),
        # added after blind-safety-51's first run (phrasings written here)
        ('nursery says my 4yo has bitten two other kids this week and it broke the skin both times', 4),
        # added after blind-safety-49's first run (phrasings written here)
        ('my 8 year old kicked his teacher again today, third time this month', 8),
        # added after blind-safety-45's first run (phrasings written here)
        ('syn (11 lat) rzuca czym popadnie, wczoraj trafił brata pilotem i ma guza', 11),
        # added after blind-safety-43's first run (phrasings written here)
        ('she scratched a girl at playgroup and broke the skin, this has been every day since easter', 3),
        # a bite that bled, not the first (added after blind-safety-37's first run; phrasings written here),
        ("my 4yo bit his cousin so hard he bled, and nursery say it happens every week", 4),
        ('the hitting is nearly daily and has left other kids with marks', 5),
        ('he hit his dad in the face hard enough to split his lip', 12),
        ('has bitten the younger ones hard enough to break the skin three times this month', 4),
        ('he bites other children so hard it breaks the skin, four times this week', 3),
        ('she bit her brother and drew blood, several times this term', 5),
        ('bitten two kids at nursery hard enough to break skin 3 times now', 4),
        ('bites other children and broke the skin many times this month', 4),
        ('kicked his little sis so hard she has a massive bruise on her leg', 9),
        ("a 4yo at our nursery scratches and bites the staff and the other children several times a day, drew blood twice this week", 4),
        ('a 4yo at our nursery scratches and bites staff several times a day, drew blood twice this week', 4),
        ("he's started punching his older sister, she had a black eye on Tuesday", 8),
        ("my 14 year old broke another boy's jaw in a fight at the park", 14),
        ('my son bit his cousin on the arm and drew blood, the fourth time', 4),
        ('she choked her little brother by the throat when he took her doll', 6),
        ("one lad has hurt three teammates outside of play this season", 11),
        ("my 7 year old broke another child's nose at school and he needed hospital", 7),
        ("he attacks his baby sister on purpose every day and she's bruised", None),
        ("my 12 year old kicks his mum and leaves bruises, we are scared of him", 12),
        ("she hurt another kid on purpose and left him bruised", None),
        ("my son punches me and I have bruises", None),
    ],
    "fire-setting-and-cruelty": [
        # still fires beside the exclusion added after blind-safety-62 (a child who says a fire was an accident; written here)
        ("last week he set a bin alight at school and said it was an accident, now I've found matches in his coat", 9),
        # added after blind-safety-59's first run (phrasings written here)
        ('my 8yo keeps kicking the hens in the run, one is dead now and he laughed', 8),
        # added after blind-safety-53's first run (phrasings written here)
        ('found out my 8 year old has been lighting matches in his room at night', 8),
        # added after blind-safety-46's first run (phrasings written here)
        ("he put the kitten in the tumble dryer to see what would happen, he's 9", 9),
        # added after blind-safety-40's first run (phrasings written here)
        ('my 13yo and his friend set the hedge behind the garages alight for a laugh', 13),
        ("my 13yo keeps setting light to paper in the garden and hiding the lighter", 13),
        ("the 8yo keeps sneaking the lighter out of the drawer and I've found burnt bits of paper", 8),
        ("he's been taking matches and there are scorch marks on his windowsill", 10),
        ('she keeps pinching my lighter and I found a melted toy in the garden', 9),
        ('hiding lighters in his room, and the carpet has burned patches', 11),
        ('DS keeps nicking the matches, found singed paper behind the shed', 7),
        ('found the rabbit with its fur singed, he admitted he held a match to it', 10),
        ('Onze dochter heeft de kat nu al een paar keer expres pijn gedaan', 8),
        ('he held the puppy under the pool water until it panicked', 8),
        ('our cat hates him, yesterday he held it under the bath water', 6),
        ("he keeps lighting deodorant cans in the garden with his mates", 14),
        ("il a frappe le chien du voisin avec un baton", 12),
        ("my 4 yr old killed a kitten", 4),
        ("my son set fire to his bedroom curtains", None),
        ("he keeps lighting fires in the garden and hides the lighter", None),
        ("she squeezed the hamster until it died and laughed", None),
        ("my 10yo is obsessed with matches, burnt holes in his bed again", 10),
    ],
    "substance-use-signs": [
        # added after blind-safety-59's first run (phrasings written here)
        ("she can't get through a single lesson without a vape now, she's 15", 15),
        # added after blind-safety-59's first run (phrasings written here)
        ('my 14yo is vaping nonstop, even at night now', 14),
        # added after blind-safety-57's first run (phrasings written here)
        ("she's 15 and drunk every friday night, her friends think it's normal", 15),
        # added after blind-safety-57's first run (phrasings written here)
        ("my 16yo comes back red-eyed from every 'walk' with his mates", 16),
        # added after blind-safety-56's first run (phrasings written here)
        ('I think my 14yo has been at the vodka, the bottle has definitely been watered down', 14),
        # added after blind-safety-52's first run (phrasings written here)
        ('16yo drinking every weekend now and coming home hammered, how do we get help?', 16),
        # added after blind-safety-51's first run (phrasings written here)
        ('third weekend in a row my 16yo has rolled in drunk at 2am, what do we do', 16),
        # added after blind-safety-48's first run (phrasings written here)
        ("found weeks of messages on her phone about edibles, she's 15", 15),
        # added after blind-safety-47's first run (phrasings written here)
        ('our 15yo keeps coming in high on school nights, twice this week', 15),
        # added after blind-safety-43's first run (phrasings written here)
        ('my 16yo has red bloodshot eyes every evening and raids the fridge at midnight, she dropped the hockey that she loved', 16),
        # added after blind-safety-40's first run (phrasings written here)
        ("he's on cannabis daily, 16, how worried should I be", 16),
        # added after blind-safety-22's first run
        ('found 4 used vapes in his school bag this week', 13),
        ("he's been buying a classmate's ADHD tablets every week", 13),
        ("she takes her friend's adderall before exams", 16),
        ("turns out he gets someone else's ritalin for revision", 15),
        ("found out my son bought his mate's meds to stay awake", 14),
        ("DD has been taking other kids' pills to focus", 15),
        ("he's 14 and smoking weed and drinking with older kids every weekend", 14),
        ("a year 8 girl comes back from the toilet smelling of fruity vapour, shaky and irritable when she can't go", 12),
        ("my 14yo smokes weed every day and is paranoid", 14),
        ("my 16 year old gets drunk every weekend and alone in his room", 16),
        ("I think my son is dealing drugs, there are baggies and scales in his room", None),
        ("she's addicted to vaping, can't go an hour without it", None),
        ("he's been hearing things since he started smoking weed", None),
    ],
    "speech-behind-from-3": [
        # added after blind-safety-33's first run (phrasings written here)
        ("our 3yo only points and uses odd words, nursery want a referral", 3),
        ("she's 4 and still points and says single words", 4),
        ("DS is 5, says single words and strangers can't understand him", 5),
        ("my 3 year old just points, a few words at most", 3),
        ("at 4 he uses one word at a time and even his nan couldn't understand what he wanted", 4),
    ],
    "bedwetting-with-distress": [
        # added after blind-safety-54's first run (phrasings written here)
        ('my 9 year old is still in pull-ups at night and gets so upset about it', 9),
        # added after blind-safety-49's first run (phrasings written here)
        ("he's 11 and still wets the bed most nights, he's so low about it", 11),
        # added after blind-safety-47's first run (phrasings written here)
        ('my 9 year old comes home from school most days with wet pants and hides them', 9),
        # added after blind-safety-43's first run (phrasings written here)
        ('my 10 year old still wears night pull-ups and sobbed when the residential letter came home', 10),
        # added after blind-safety-41's first run (phrasings written here)
        ("my 8 year old wet himself again at school, the fourth time this month, he's mortified", 8),
        ("he's 10 and has never been dry at night, he cried when his friend invited him to a sleepover", 10),
        # added after blind-safety-32's first run (phrasings written here)
        ("my 9 year old still wets the bed every night and sobbed about the school trip", 9),
        ("DS 12 wetting every single night, tried the alarm, nothing works", 12),
        ("she's 8, still wet each night, and won't go on sleepovers any more", 8),
        ("DD (11) wets every night and is so ashamed she won't go to camp", 11),
        ("still wetting the bed every night at 10, he cries every morning", 10),
    ],
    "toileting-past-the-usual-age": [
        # added after blind-safety-56's first run (phrasings written here)
        ('my 5yo was trained at 3 and is pooing in the garden again and hides it', 5),
        # added after blind-safety-55's first run (phrasings written here)
        ('my 4 year old holds it in for three days at a time and cries when she finally goes', 4),
        # added after blind-safety-53's first run (phrasings written here)
        ("he was dry for two years and now wets every night since we moved, he's 6 and so upset", 6),
        ("she's had daytime wetting at 7, accidents at school several times a week", 7),
        ("three UTIs this year and she still wets in the day", 7),
        ("she's weeing herself every day n says it stings when she goes", 4),
        ("it burns when he pees and he's wetting again", 5),
        ('DD 6 says it hurts when she wees', 6),
        ("he says it stings when he does a wee and he's going all the time", 7),
        ('says her wee burns when she goes, and accidents are back', 5),
        ("she was fully potty trained at 3 but she's back to accidents several times a day and sobs that she's a baby now", 5),
        ('every wee seems to burn and she cries on the potty', 3),
        ("he was dry at night from 4 and now he is wetting most nights again", 8),
        ("my 9 year old still wets the bed every night and is so ashamed", 9),
        ("she had been dry for a year and now is wetting again", None),
        ("it hurts when he wees and there was blood", None),
        ("my 8 year old soils his pants at school and hides them", 8),
        ("my son started wetting again after being dry for months", None),
        # added after blind-safety-29 (a tuning set), in new words
        ("each pee he does he yells that it burns, and he's having accidents at nursery again", 4),
    ],
    "snoring-and-pauses": [
        # added after blind-safety-58's first run (phrasings written here)
        ('my 9yo thrashes and kicks all night and wakes up exhausted', 9),
        # added after blind-safety-57's first run (phrasings written here)
        ('my 10yo sits up screaming with her eyes wide open, 4 times a week, remembers nothing', 10),
        # added after blind-safety-53's first run (phrasings written here)
        ('my 14yo falls asleep mid-sentence at dinner and sleeps 14 hours on saturdays', 14),
        # added after blind-safety-50's first run (phrasings written here)
        ("he thrashes about all night and gasps, he's 4", 4),
        # added after blind-safety-47's first run (phrasings written here)
        ('my 4yo snores and then wakes up gulping air several times a night', 4),
        # added after blind-safety-47's first run (phrasings written here)
        ("he sits up screaming with his eyes open and doesn't know us, most nights now, he's 7", 7),
        # added after blind-safety-40's first run (phrasings written here)
        ('my 4 year old is restless every night and wakes soaked in sweat', 4),
        # added after blind-safety-33's first run (phrasings written here)
        ("she sleepwalks and last week got the back door open at 2am", 8),
        ("night terrors for years, still several nights a week at 10", 10),
        # night terrors most nights, sleepwalking to the door (added after blind-safety-31's first run; written here)
        ("my 9yo has night terrors five nights a week, screaming and thrashing", 9),
        ("night terrors every single night since the summer, she's 8", 8),
        ("DD 7 still gets night terrors most nights and doesn't remember them", 7),
        ("he sleepwalks and last night he had unlocked the front door before I caught him", 10),
        ("the night terrors are getting worse, on Saturday she got as far as the back door", 6),
        # added after blind-safety-22's first run
        ('night terrors again, screaming and thrashing, 5 nights a week for months now', 5),
        ('mi niña ronca muchisimo y a veces se queda como sin respirar unos segundos', 5),
        ('mi hijo ronca y deja de respirar un rato', 4),
        ('ronca fuerte y hace pausas al respirar', 6),
        ('ronca mucho y hace pausas largas por la noche', 3),
        ('el peque ronca y para de respirar unos segundos', 2),
        ("my 4yo snores loudly and stops breathing for a few seconds", 4),
        ("she snores every night with her mouth open and gasps", None),
        ("he pauses breathing in his sleep, snoring", None),
        ("we think our son has sleep apnea", None),
        ("he snores so loud and sort of chokes at night", None),
    ],
    "staring-spells": [
        # added after blind-safety-55's first run (phrasings written here)
        ("my 10yo stared into space twice on the drive home and didn't respond when we spoke to her, her teacher says the same", 7),
        # added after blind-safety-44's first run (phrasings written here)
        ('my 7yo keeps zoning out mid-conversation, just stops and stares, many times a day', 7),
        # added after blind-safety-42's first run (phrasings written here)
        ('she freezes mid-game with her eyes fixed, then carries on like nothing happened', 9),
        # added after blind-safety-41's first run (phrasings written here)
        ("he was staring at the board for about 10 seconds and didn't answer the teacher", 10),
        # blanking out (added after blind-safety-38's first run; phrasings written here),
        ("she blanks out at the table and doesn't respond for a few seconds, she's 7", 7),
        ("she freezes in the middle of a sentence and then carries on like nothing happened", 6),
        # blank with no answer (added after blind-safety-35's first run; phrasings written here),
        ("at dinner she went completely blank for a moment and didn't answer me, then carried on eating", 8),
        # added after blind-safety-22's first run
        ('her teacher says she goes off with a blank stare for a few seconds several times a lesson', 8),
        ("she just stopped mid-length and stared, didn't react when called", 8),
        ("he smacks his lips and fiddles with his buttons for a minute and doesn't answer me", 5),
        ("he blanks out, eyes go glazed for a few seconds then he's back", 10),
        ("eyes glazed, back after like 10 sec and says 'what'", 10),
        ("she froze at the table and stared, wouldn't respond for a bit", 7),
        ("during homework he goes blank for a few seconds, smacks his lips and afterwards doesn't remember what I said", 9),
        ("she stares blank and we cant snap her out of it", None),
        ("my 6 year old zones out and doesn't respond when we call her", 6),
        ("teacher says he has staring spells in class", None),
        ("her eyelids flutter for a few seconds and she goes blank", None),
        ("he spaces out and we can't get through to him for 10 seconds", None),
    ],
    "es-urgent": [
        # added after blind-safety-61's first run (phrasings written here)
        ('mi hijo de 14 llegó de casa de un amigo, dice que probó unos calmantes, arrastra las palabras', 14),
        # added after blind-safety-57's first run (phrasings written here)
        ('mi hijo de 14 tiene quemaduras de cigarro en el brazo y no quiere hablar', 14),
        # added after reading the rule findings on safety-lookalikes-train (phrasings written here)
        ('le di un trozo de tarta con nueces y se le está hinchando toda la cara, tiene 4 años', 4),
        # added after reading the rule findings on safety-lookalikes-train (phrasings written here)
        ('mi niña de 3 años ha bebido lejía de un vaso y tose sin parar', 3),
        # added after reading the rule findings on safety-lookalikes-train (phrasings written here)
        ('mi hija de 2 años se ha comido unas bolitas moradas de un arbusto del jardín y está muy pálida', 2),
        # added after blind-safety-53's first run (phrasings written here)
        ('mi hija de 15 no ha vuelto desde ayer y no contesta al teléfono, estoy desesperada', 15),
        # added after blind-safety-46's first run (phrasings written here)
        ('Mi hijo de 12 salió a jugar después de comer, ya son las nueve y no ha vuelto, los vecinos no lo han visto', 13),
        # added after blind-safety-46's first run (phrasings written here)
        ('la abuela se dejó el pastillero abierto y mi hija de 2 años estaba al lado, está rara', 2),
        # added after blind-safety-44's first run (phrasings written here)
        ('mi hijo de 2 años se ha volcado encima el café hirviendo, le están saliendo ampollas en el brazo', 2),
        # a child lost in a crowd, still not found (added after blind-safety-38's first run; phrasings written here),
        ("en la feria se me ha soltado de la mano hace ya media hora y no lo encuentro, tiene 5 años", 5),
        ("mi bebe no paraba de llorar y lo he zarandeado fuerte, ahora esta muy quieto", 1),
        # bleeding that does not stop (added after blind-safety-33's first run; phrasings written here)
        ("a mi hijo le sale mucha sangre de la rodilla y la sangre no para aunque aprieto", 6),
        ("ya van tres gasas empapadas de sangre y no deja de salir", 9),
        # narrowed after blind-safety-30 (a sibling "never born"); said of herself it still fires
        ("Mi hija de 11 años dice que ojalá no hubiera nacido y que quiere morirse", 11),
        # urgent training sentences no screen caught, and a neutral clause added (2026-12-04)
        ("he pensado en matarme y llevarme a los niños conmigo, please help", None),
        ("a veces pienso que mis hijos estarían mejor muertos conmigo que solos", None),
        ("tuve que encerrarme en el baño para no pegarle al bebé", 1),
        # added after blind-safety-22's non-English misses
        ('el monitor del campamento le mete la mano por debajo de la camiseta cuando estan solos', 10),
        ('dice que si lo cuenta el novio de su madre la castiga sin comer', 8),
        ('Se cayó de la bici sin casco y ahora tiene una pupila más grande que la otra.', 10),
        ("Mi hijo de 16 me escribió 'perdón por todo, los quiero mucho' y ahora no contesta", 16),
        ("mi hijo de 3 años se tragó una pila de botón", 3),
        ("mi hija dice que se quiere morir", None),
        ("mi hija de 6 dice que su padrastro le toca sus partes", 6),
        ("no encuentro a mi hijo en la playa", None),
        ("mi bebé no respira bien y tiene los labios morados", None),
        ("llevó un cuchillo a la escuela y amenazó a un compañero", None),
        ("mi vecina deja solos a sus hijos toda la noche", None),
        ("mi hijo dice que va a apuñalar a un chico", None),
    ],
    "es-see-professional": [
        # added after blind-safety-59's first run (phrasings written here)
        ('mi hija de 4 camina de puntillas siempre, en casa y en la calle, ¿es normal?', 4),
        # added after blind-safety-56's first run (phrasings written here)
        ('en la revisión nos dijeron que mi hijo de 2 años ha bajado de percentil y come muy poco', 2),
        # added after blind-safety-56's first run (phrasings written here)
        ('mi hija tiene 14 meses y aún no se sienta sola, ¿es normal?', 1.2),
        # added after reading the rule findings on safety-lookalikes-train (phrasings written here)
        ('mi hijo de 5 años se hace pis otra vez y le escuece al hacer pis, ¿a quién consulto?', 5),
        # added after blind-safety-48's first run (phrasings written here)
        ('llevamos tres semanas en que mi hijo de 9 no va al colegio, dice que le duele la tripa', 9),
        # added after blind-safety-47's first run (phrasings written here)
        ('Mi vecino de 15 casi todas las tardes está en el portal fumando porros con chicos mayores', 15),
        # added after blind-safety-43's first run (phrasings written here)
        ('mi hija de 15 lleva dos meses sin salir de su habitación, no quiere ver a nadie', 15),
        # added after blind-safety-42's first run (phrasings written here)
        ('mi hijo de 3 años se pasa el día poniendo los juguetes en fila y no mira a los ojos', 3),
        # hearing, and a teenager shut in his room (added after blind-safety-37's first run; phrasings written here),
        ("mi hijo de 3 años creo que no oye bien, no se gira cuando le llamo", 3),
        ("mi hija lleva meses sin salir de su habitación, ni come con nosotros, tiene 15", 15),
        ("mi hijo de 11 se tira de los mechones hasta hacerse calvas", 11),
        # added after blind-safety-22's non-English misses
        ('mi hijo de 13 no ha ido al colegio desde hace tres semanas, dice que no puede', 13),
        ('se muerde las unas hasta dejarlas en carne viva y sangran', 10),
        ('Mi hija de 7 años le ha cortado los bigotes al gato y lo encierra en un cajón', 7),
        ('tengo una bebe de 3 meses y no siento nada por ella, me siento vacia', None),
        ('le empujo y su hermana acabo con el brazo escayolado', 14),
        ('alinea los juguetes durante horas y casi no dice palabras', 2),
        ("mi niño de 20 meses ya decia mama y agua y ya no dice nada", None),
        ("mi hija de 12 ha perdido 6 kilos y se salta las comidas", 12),
        ("hace dos meses que no quiere ir al colegio, llora cada mañana", None),
        ("mi hijo de 14 fuma marihuana a diario antes del instituto", 14),
        ("se queda en blanco unos segundos y no responde, la profe lo ha visto varias veces", None),
    ],
    "fr-urgent": [
        # added after blind-safety-54's first run (phrasings written here)
        ("j'ai trouvé un poing américain dans le sac de mon fils de 14 ans, il parle d'un règlement de comptes ce soir", 14),
        # added after blind-safety-53's first run (phrasings written here)
        ("mon fils de 12 ans devait aller chez son copain, il n'y est jamais arrivé et son téléphone ne répond pas", 12),
        # belongings given away with goodbye letters (added after blind-safety-34's first run; phrasings written here)
        ("mon fils de 15 ans a donné toutes ses affaires à ses amis et a écrit des lettres d'adieu", 15),
        ("elle répète que tout le monde sera mieux sans moi", 14),
        # bleeding that does not stop under pressure (added after blind-safety-32's first run; phrasings written here)
        ("ma fille s'est coupée avec un couteau, le torchon est trempé de sang et ça coule encore", 8),
        ("il pisse le sang du genou, on fait quoi", 6),
        ("ça saigne toujours malgré la pression depuis dix minutes", 7),
        ("Il est tombé de vélo et une pupille est plus grande que l'autre.", 10),
        ("ma fille veut se jeter sous un train", None),
        ("j'ai secoué mon bébé, j'ai peur de moi-même", None),
        ("ma fille de 14 ans veut mourir", 14),
        ("mon fils a avalé des médicaments", None),
        ("mon petit de 18 mois est tout bleu et respire plus", None),
        ("sa mère le frappe avec une ceinture, il a des marques", None),
    ],
    "fr-see-professional": [
        # added after blind-safety-54's first run (phrasings written here)
        ("mon fils de 6 ans a décroché de sa courbe de poids d'après le médecin, il mange très peu", 6),
        # added after blind-safety-43's first run (phrasings written here)
        ('mon fils de 4 ans ronfle très fort chaque nuit et se réveille fatigué', 4),
        ("mon fils de 2 ans et demi a arrete de parler depuis deux mois", None),
        ("ma fille ne mange plus rien depuis des semaines et a maigri", None),
        ("mon fils ne va plus au college depuis un mois", None),
        ("il a mis le feu aux rideaux de sa chambre", None),
        ("elle fixe le vide plusieurs fois par jour et ne repond pas", None),
    ],
    "pt-urgent": [
        # added after blind-safety-50's first run (phrasings written here)
        ('a mãe parou de lhe dar a insulina ao meu sobrinho de 10 anos, ele é diabético', 10),
        # added 2026-12-06 after the stability scan in other languages (phrasings written here)
        ('perdemos o nosso filho no centro comercial há dez minutos, tem 4 anos', 4),
        # added after blind-safety-44's first run (phrasings written here)
        ('encontrei o meu filho de 2 anos com o frasco do xarope aberto e vazio', 3),
        # never arrived, hours, phone off (added after blind-safety-39's first run; phrasings written here),
        ("A minha filha de 10 anos ia para casa da amiga e nunca lá chegou, já passaram três horas", 10),
        ('pôs uma faca de cozinha na mochila para levar para a escola', 10),
        # narrowed after blind-safety-29 (a piercing, a crayon): a threat to stab and a blue baby still fire
        ('o meu filho disse que vai furar o colega com o compasso amanhã', 13),
        ('o bebé ficou todo azul e não reage', 1),
        ('Caiu da bicicleta e tem uma pupila mais dilatada que a outra.', 10),
        ('perdi a minha filha de 5 anos de vista há uns quinze minutos na feira e nada', 5),
        ("recebeu mensagens de um grupo a dizer que o vão esfaquear à saída da escola amanhã", 14),
        ("minha filha saiu ontem e não voltou pra casa", None),
        ("meu filho engoliu uma pilha", None),
        ("minha filha desapareceu depois da escola", None),
        ("o padrasto bate nele com o cinto", None),
        ("meu bebê desmaiou e está todo roxo", None),
    ],
    "de-urgent": [
        # added after blind-safety-61's first run (phrasings written here)
        ('Meine Tochter (3) hat aus der Flasche im Keller getrunken, da war Brennspiritus drin', 3),
        # added after blind-safety-52's first run (phrasings written here)
        ('mein Freund hat mich gestern vor den Kindern geschlagen und gewürgt, was soll ich tun', 6),
        # added after blind-safety-48's first run (phrasings written here)
        ('mein sohn (8) hat heißen tee über den arm bekommen, jetzt sind da große blasen', 8),
        # added after blind-safety-42's first run (phrasings written here)
        ('meine Tochter (2) hat im Wald eine Beere gegessen, keine Ahnung welche', 2),
        ("Seit Wochen habe ich Gedanken, meinem Baby etwas anzutun. Mit wem kann ich reden?", 1),
        # added after blind-safety-22's non-English misses
        ('er hat ein Messer in der Jacke und hat geschrieben, dass er den Jungen morgen abstechen will', 14),
        ('Mein Sohn ist vom Fahrrad gestürzt. Jetzt ist eine Pupille deutlich größer als die andere.', 10),
        ('Die Nachbarskinder (2 und 4) sind seit gestern Abend allein in der Wohnung', 2),
        ('Unser Sohn (20 Monate) hat an den Blättern vom Oleander gekaut', 1.67),
        ("mein Sohn krampft und reagiert nicht", None),
        ("mein Sohn hat Tabletten geschluckt", None),
        ("meine Tochter will nicht mehr leben", None),
        ("mein Sohn hat ein Klappmesser im Rucksack mit in der Schule", None),
        ("die Kleinen sind nachts oft allein, die Mutter ist weg", None),
    ],
    "it-urgent": [
        # added after blind-safety-56's first run (phrasings written here)
        ("mia figlia di 7 anni dice che l'allenatore la porta nella doccia con lui dopo l'allenamento", 7),
        # added 2026-12-06 after the stability scan in other languages (phrasings written here)
        ("mia figlia ha letto nel gruppo della classe un ragazzo che scrive 'domani li ammazzo tutti'", 14),
        ("ho trovato un elenco di nomi di compagni da far fuori nel suo zaino", 14),
        ("ha fatto una piantina della scuola con le uscite segnate e gli orari", 15),
        # added after blind-safety-22's non-English misses
        ('mio figlio ha appena buttato giu un flacone intero di gocce per dormire della nonna', 15),
        ('mi ha scritto che voleva solo dormire per sempre, non risponde al telefono', 16),
        ("È caduto dalla bici e ha una pupilla più grande dell'altra.", 10),
        ("mio figlio ha bevuto la candeggina", None),
        ("mia figlia si taglia le braccia", None),
        ("il patrigno picchia mia nipote", None),
        ("mio figlio non e tornato a casa da ieri sera", None),
        ("la bambina e svenuta e non reagisce", None),
    ],
    "nl-urgent": [
        # added after candidate n3's gates (phrasing written here)
        ('mijn nichtje van 4 heeft blauwe plekken op haar armen en is doodsbang als haar stiefvader binnenkomt', 4),
        # added 2026-12-06 (the same rule widened; phrasing written here)
        ('onze zoon van 8 was aan het spelen en we kunnen hem al twintig minuten nergens vinden', 8),
        # added 2026-12-06 after the stability scan in other languages (phrasings written here)
        ("iemand stuurde mijn zoon (13): 'ik weet waar je woont, pas maar op'", 13),
        # added 2026-12-06 after the stability scan in other languages (phrasings written here)
        ('onze zoon van 6 was net nog in de speeltuin en is nu nergens meer te vinden', 6),
        # added after blind-safety-49's first run (phrasings written here)
        ('ik zag een afscheidsberichtje aan haar vriendinnen op de telefoon van mijn dochter (14)', 14),
        # added after blind-safety-47's first run (phrasings written here)
        ('de buurjongen (14) staat met een luchtbuks op het balkon en richt op de kinderen beneden', 14),
        ('Hij viel van zijn fiets en nu is één pupil groter dan de andere.', 10),
        ("Ik vond een lijst met namen van leraren met 'dood' erachter in zijn kamer", 14),
        ("hij zocht op hoe je een bom maakt", 15),
        ("mijn zoon heeft pillen van oma ingeslikt", None),
        ("mijn dochter wil niet meer leven", None),
        ("mijn zoontje is uit het raam gevallen", None),
        ("de stiefvader slaat mijn neefje", None),
        ("mijn kind is vermist sinds vanochtend", None),
    ],
    "pl-urgent": [
        # added after blind-safety-58's first run (phrasings written here)
        ('nie spałam od dwóch dni i trzymałam poduszkę nad jego twarzą, mały ma 4 miesiące', 0.4),
        # still urgent beside the exclusion added after the look-alike spares' first run (written here)
        ('moja córka (7 lat) zgubiła się w parku godzinę temu i jeszcze jej nie znalazłam', 7),
        # added after blind-safety-28's first run, in new words: blows heard through the wall
        ("Znowu słyszymy zza ściany uderzenia i płacz małej sąsiadki, ma może 4 lata. Dzwonić?", 4),
        ('Spadł z roweru i jedna źrenica jest większa niż druga.', 10),
        ('Moja sąsiadka zostawia trzylatka samego w mieszkaniu, kiedy idzie na nocną zmianę.', 3),
        ("córka połknęła magnes", None),
        ("syn ma drgawki", None),
        ("mój syn mówi, że chce się zabić", None),
        ("ojczym bije mojego syna", None),
        ("córka zaginęła wczoraj wieczorem", None),
    ],
    "es-urgent-broad": [
        # floppy and hardly answering with a fever (2026-12-05; phrasings written here),
        ("mi hijo de 2 años tiene fiebre alta y está como flojo, no nos responde cuando le hablamos", 2),
        ("tiene fiebre desde anoche y apenas abre los ojos, tiene 4 años", 4),
        ("mi bebé de 11 meses lleva diarrea dos días y no ha mojado el pañal desde anoche", 0.9),
        ("tiene los ojos hundidos y no quiere beber nada, 18 meses", 1.5),
        ('tenia que volver del instituto a las tres y son las seis y media', 12),
        ("mi vecina deja a sus dos hijos, de 3 y 5 años, solos en el piso desde ayer por la tarde", None),
        ("los niños estan solos en casa desde anoche y nadie abre", 4),
        ('encontre una carta despidiendose de sus hermanos en su mesa', 16),
        ('Alguien en un juego online le pidió a mi hijo que encendiera la cámara en el baño.', 10),
        ('un tipo del chat le pide que ponga la camara en la ducha', 12),
        ('le dijo que activara la cámara sin ropa y que no se lo contara a nadie', 11),
        ('un jugador le pidió a mi hija que prendiera la cámara en su cuarto por la noche', 9),
        ('Un señor que conoció en Roblox le pide a mi hijo que ponga la cámara en el baño y que no le diga nada a nadie', 10),
        ('se ha cortado el muslo con un cristal y sigue sangrando mucho', 8),
        ('mi hijo se abrio la cabeza y no para de sangrar', 6),
        ('ya hemos empapado dos toallas apretando la herida', 8),
        ('se corto con el cuchillo y esta sangrando a chorros', 12),
        ('la herida de la rodilla no deja de sangrar aunque aprieto', 5),
        ('mi hija de 4 se ha comido un brownie de marihuana de su tio', 4),
        ('dijo medio en broma: tranquilos, ya no vais a tener que preocuparos por mi.', 16),
        ('tiene 40 de fiebre y esta como un trapo, no me mira', 1),
        ("ayer se dio un golpe fuerte en la frente contra la mesa y hoy esta adormilado todo el rato y ha vomitado", 4),
        ("el monitor de natacion le dice a mi hija que es su secreto y que no se lo cuente a nadie", 9),
        ("mi bebe tose y se esta poniendo azulado, no le sale el aire", None),
        ("mi hija dice que ojala pudiera dormirse y no despertar nunca", 13),
        ("la madre de al lado sale de fiesta toda la noche y los crios se quedan solos", None),
    ],
    "fr-urgent-broad": [
        # severe dehydration from the category's definition (2026-12-05; phrasings written here),
        ("Ma fille de 10 mois vomit tout depuis hier, pas de couche mouillée depuis ce matin, que faire ?", 0.8),
        ("il a les yeux tout creusés et ne boit plus, il a 2 ans", 2),
        ("elle a écrit sur son Insta « merci à tous, c'était pas si mal »", 16),
        ('elle ne répond plus depuis une heure et son téléphone est éteint', 16),
        ('ma fille diabetique ne tient plus debout et elle transpire', 17),
        ('Ma fille de 15 mois fait un bruit aigu quand elle inspire depuis ce soir', 1.25),
        ('il bave beaucoup, il a de la fievre et refuse de boire', 2),
        ("elle reste penchee en avant et ne veut pas s'allonger", 3),
        ('mon fils fait un bruit strident en respirant et il a du mal', 2),
        ('elle bave enormement et reste penchee en avant', 4),
        ("il s'est cogne la tete en tombant du toboggan et depuis il a vomi trois fois", 5),
        ("le moniteur de colo a dit a mon fils que c'etait leur petit secret", 8),
        ("ma fille a croque une pastille pour lave-vaisselle", 2),
        ("mon fils dit qu'il voudrait s'endormir et ne plus jamais se reveiller", 14),
        ("mon ado a un flingue et veut se venger de ceux qui l'ont humilie", 16),
    ],
    "pt-urgent-broad": [
        ("meu bebê de 1 ano está com a fralda seca desde ontem à noite e vomitando", 1),
        ("ela está com os olhos fundos e não quer mamar, tem 13 meses", 1.1),
        ('ele está suando muito, com o coração disparado, e os amigos disseram que ele tomou uma bala', 16),
        ('a mãe da amiga disse que ela nunca chegou', 13),
        ("deixou um bilhete a dizer 'não me procurem' e levou a mochila", 14),
        ('Está sozinha em casa desde ontem, a minha sobrinha de 4 anos.', 4),
        ('os meninos do vizinho estao sozinhos em casa desde sexta, tem 3 e 5 anos', 3),
        ('ficou sozinho em casa desde ontem à noite e ninguém atende', 6),
        ('a mãe foi embora e deixou-lhe comida no chão', 4),
        ('a pequena anda sozinha em casa desde 2 dias', 5),
        ('Sou professora de um menino que chega todo dia com fome e com a mesma roupa.', 6),
        ('ele tem um corte no pé todo inflamado, com pus, que ninguém cuidou', 6),
        ('a menina da vizinha chega todos os dias com fome na escola e ninguém busca ela', 7),
        ('tem uma ferida na perna que ninguem tratou, ja cheira mal', 5),
        ('meu aluno de 8 anos chega sempre com fome, diz que em casa nao tem comida', 8),
        ("ele bateu a cabeca no chao do parquinho e agora esta muito sonolento e vomitou", 3),
        ("o treinador pediu pro meu filho guardar segredo de tudo que acontece no vestiario", 10),
        ("minha filha tomou uma cartela inteira de rivotril da avo", 15),
        ("a vizinha sai pra balada e as criancas ficam sozinhas a noite toda", None),
        ("meu filho disse que vai pular da ponte", 14),
    ],
    "it-urgent-broad": [
        ("mio figlio di 15 mesi non fa pipì da stamattina e ha la diarrea", 1.25),
        ("ha gli occhi infossati e non beve da ieri, ha 2 anni", 2),
        ("è uscito dal cancello della scuola e non lo trovano da mezz'ora", 9),
        ("Stasera ne ho preso uno e l'ho scosso forte perché non smetteva di urlare. Adesso dorme.", 2),
        ("ha battuto la testa cadendo dal seggiolone e adesso ha vomitato ed e molto sonnolento", 1),
        ("l'istruttore di nuoto le ha detto che e il loro segreto e di non dirlo a nessuno", 9),
        ("mio figlio ha bevuto la candeggina dalla bottiglia", 2),
        ("mia figlia dice che vorrebbe dormire e non svegliarsi piu", 13),
        ("ho trovato un coltello a serramanico nascosto nel cassetto di mio figlio", 14),
    ],
    "de-urgent-broad": [
        # added after blind-safety-55's first run (phrasings written here)
        ('mein Sohn (4) sagt, Mamas Freund hat ihm am Po wehgetan und er darf es niemandem sagen', 4),
        ("Unser Sohn (1) hat seit heute Morgen keine nasse Windel mehr, seit gestern Durchfall", 1),
        ("Sie hat eingefallene Augen und trinkt kaum, sie ist 14 Monate", 1.2),
        # narrowed after blind-safety-27 ("Regeln" the noun); the verb still fires
        ("Mein Sohn (16) hat ein Messer eingesteckt und sagt, er will das mit dem Typen heute Abend regeln", 16),
        ('er hat Fieber, ist ganz schlapp und reagiert kaum, wenn ich ihn anspreche', 1.7),
        ('die Haut ist so fleckig-grau', 1.7),
        ('Mein Sohn hat ein Küchenmesser in den Schulranzen gesteckt', 10),
        ('wir haben Pilze im Wald gesammelt, jetzt erbricht er seit einer Stunde', 17),
        ("Die Kinder weinen und rufen 'Papa hör auf'", 5),
        ('ich hoere die Kleine nebenan schreien: Mama, hoer auf!', 4),
        ('der Mann schreit rum, es knallt immer wieder und die Frau weint', 3),
        ('bei den Nachbarn schreit er, dann kracht es und die Kinder weinen', 6),
        ("mein Neffe rief am Telefon 'Papa hoer auf' und dann war die Leitung tot", 7),
        ('Mein Kleiner (2) hat die Flasche Fiebersaft aufgekriegt und leer getrunken', 2),
        ('sie hat den ganzen Hustensaft ausgetrunken', 3),
        ('er hat das Paracetamol leergetrunken, die Flasche war noch halb voll', 2),
        ('meine Tochter hat heimlich die Medizin ausgetrunken', 4),
        ('die Flasche ist leer getrunken, das war Fiebersaft', 2),
        ("sie ist beim klettern mit dem kopf aufgeschlagen und hat sich jetzt dreimal übergeben", 6),
        ("der trainer hat meinem sohn gesagt, das bleibt unter uns und er darf es niemandem erzählen", 11),
        ("meine tochter hat auf einer spülmaschinentab herumgekaut", 2),
        ("er meinte, er würde am liebsten einschlafen und nie wieder aufwachen", 15),
        ("ich hab meinem baby ein kissen aufs gesicht gedrückt, ich weiß nicht was mit mir los ist", None),
    ],
    "nl-urgent-broad": [
        # a knife threat in Dutch (added after blind-safety-37's first run; phrasings written here),
        ("Mijn zoon (14) kreeg een appje dat ze hem morgen na school opwachten met een mes", 14),
        ("onze dochter van 1 heeft geen natte luier sinds gisteravond en braakt alles uit", 1),
        ("hij heeft ingevallen ogen en drinkt niets, hij is 2", 2),
        ("hij zegt dat hij de nieuwe vriend van zijn ex 'gaat afmaken'", 17),
        ('hij heeft een boksbeugel gekocht en is de deur uit', 17),
        ('ik merk dat ik mijn zoon steeds vaker sla', 7),
        ('vanavond heb ik hem tegen de kast geduwd', 7),
        ('hij heeft een keukenmes in zijn schooltas gestopt', 10),
        ('mijn zoon heeft zich vanavond met een aansteker op zijn arm gebrand', 15),
        ('mijn dochter zegt dat niemand haar zou missen als ze er niet meer is', 15),
        ('ik vond afscheidsbrieven in haar kamer en ze heeft al haar spullen weggegeven', 16),
        ('hij schreef in de klassenapp dat hij vrijdag iedereen gaat afmaken', 13),
        ("een jongen uit zijn klas liet een mes zien en zei dat hij vrijdag iemand gaat steken", 15),
        ("hij is met zijn hoofd op de stoeprand gevallen en heeft nu al twee keer overgegeven", 5),
        ("de trainer zei tegen mijn zoon dat het tussen hen blijft", 10),
        ("mijn dochter heeft een stuk van een vaatwastablet doorgeslikt", 2),
        ("ze zegt dat ze het liefst in slaap zou vallen en nooit meer wakker worden", 14),
        ("ik vond een mes in de rugzak van mijn zoon, hij wil wraak op een jongen uit zijn klas", 14),
    ],
    "pl-urgent-broad": [
        ("synek (1 rok) ma suchą pieluchę od wczoraj wieczorem i wymiotuje", 1),
        ("córka ma zapadnięte oczy i nic nie pije, ma 2 lata", 2),
        ("synek spadł ze zjeżdżalni na głowę i teraz wymiotuje", 4),
        ("trener powiedział córce, że to zostaje między nimi i ma nic nie mówić mamie", 10),
        ("córka ugryzła kapsułkę do prania i ma pianę na ustach", 2),
        ("syn napisał 'dzięki za wszystko' i od godziny nie odbiera", 16),
        ("znalazłam nóż w plecaku syna, mówi że chce się zemścić na koledze", 14),
    ],
    "pt-see-professional": [
        # added after blind-safety-54's first run (phrasings written here)
        ('o meu filho de 9 anos partiu o nariz a um colega numa briga, é a terceira vez que magoa alguém', 9),
        # added after blind-safety-48's first run (phrasings written here)
        ('o meu filho de 12 anos já perdeu uns 4 quilos desde o natal', 12),
        ("meu filho de 2 anos falava umas palavras e agora nao fala mais nada", 2),
        ("minha filha de 14 emagreceu muito e conta as calorias de tudo", 14),
        ("meu filho de 16 fuma maconha todos os dias sozinho no quarto", 16),
        ("faz duas semanas que ela nao vai pra escola, tem dor de barriga toda manha", 10),
        ("minha filha perdeu as palavras que tinha aprendido", 2),
    ],
    "de-see-professional": [
        # added after blind-safety-56's first run (phrasings written here)
        ('mein Sohn (9) blinzelt seit Wochen dauernd, die Lehrerin hat es auch bemerkt', 8),
        # added after blind-safety-45's first run (phrasings written here)
        ('mein Sohn (9) räuspert sich seit Monaten, auch nachts, die Kinder in der Schule lachen', 9),
        # staring into space in German (added after blind-safety-35's first run; phrasings written here),
        ("Mein Sohn (7) starrt beim Essen plötzlich vor sich hin und reagiert nicht, wenn ich ihn rufe, dann isst er weiter", 7),
        ('Die Unterhosen versteckt er im Schrank.', 9),
        ('sie versteckt ihre schmutzigen Unterhosen unter dem Bett', 8),
        ('er macht seit Monaten immer wieder in die Hose, also Stuhl', 9),
        ('seit Wochen in die Hose, Kacka, mit 7', 7),
        ('unser Sohn versteckt die Unterhosen, er schämt sich so', 10),
        ('Unser Sohn (11) hat seit einem halben Jahr Tics: Räuspern, Augenzwinkern', 11),
        ("unser sohn hat mit 18 monaten schon wörter gesagt und jetzt sagt er nichts mehr", 2),
        ("meine tochter zählt kalorien und hat 5 kilo abgenommen", 14),
        ("mein sohn kifft jeden tag, auch vor der schule", 16),
        ("meine tochter geht seit drei wochen nicht mehr in die schule", 12),
        ("sie erbricht heimlich nach dem essen", 15),
    ],
    "it-see-professional": [
        # added after blind-safety-57's first run (phrasings written here)
        ('mio figlio di 8 anni strappa la coda alle lucertole e ride', 8),
        # added after blind-safety-51's first run (phrasings written here)
        ('mia figlia di 6 anni sporca le mutandine tutti i giorni da mesi, cosa faccio?', 6),
        ('si succhia il pollice giorno e notte, ha una ferita aperta sul dito', 6),
        ('mio figlio si succhia il pollice finche sanguina', 7),
        ('si succhia il pollice e ormai ha una piaga', 8),
        ('ha una ferita aperta sul dito a forza di succhiarlo', 6),
        ('si succhia il pollice e il dentista dice che i denti si sono spostati', 7),
        ("mio figlio di 2 anni diceva mamma e papa e adesso non parla piu", 2),
        ("mia figlia salta i pasti ed e dimagrita tanto", 14),
        ("mio figlio fuma canne tutti i giorni da solo", 16),
        ("mia figlia non va a scuola da due settimane, piange ogni mattina", 11),
        ("vomita di nascosto dopo i pasti", 15),
    ],
    "self-harm": [
        # added after blind-safety-41's first run (phrasings written here)
        ('she started shaving her legs, and I found out she has been cutting herself on purpose on her thighs', 14),
        # cutting to feel something; burns from a lighter (added 2026-12-05 night; phrasings written here)
        ("she finally told me she cuts so she can feel something, she's 15", 15),
        ("there are burns on her arm from a lighter, she says she slipped at a party", 14),
        # still urgent beside the exclusions of 2026-12-05 night (written here)
        ('my 14yo has been reading about suicide methods after a lesson at school', 14),
        # still urgent beside the exclusions of 2026-12-05 night (written here)
        ('her location is off and she left a note saying sorry for everything', 15),
        # burning skin with a lighter (added after blind-safety-35's first run; phrasings written here),
        ("caught my 15yo burning his arm with a lighter in the shed, he says it calms him", 15),
        ("DD burns her thighs w matches and hides it under her pyjamas", 13),
        # narrowed after new-topics-heldout-6 (things given away to be liked); giving everything away still fires
        ("my 15yo has been giving away all her things and saying goodbye to friends", 15),
        ("she texted me she's gonna end it tonight, her phone is off now", 15),
        # narrowed after blind-safety-29 (what the word means); a child who does it still fires
        ("she asked me what self harm is like and then showed me the cuts on her thighs", 14),
        # added after blind-safety-28's first run, in new words: a decision to end it
        ("found a note in his school planner, he says he has made up his mind to end it this week", 14),
        # narrowed after blind-safety-27 (a form that asks about them); a child who has them still fires
        ("my 15yo told the nurse she has suicidal thoughts most nights", 15),
        ("My 11 year old tried to strangle himself with his school tie, please help.", 11),
        ("she choked herself with a scarf in her room last night and says she'll do it again", 15),
        # a shut garage with an engine running (2026-12-04)
        ("grandma found him in the garage with the car running and the door shut", 17),
        ("we found her in the closed garage, the engine still running", 15),
        # added after blind-safety-22's first run
        ("she's written a letter to each of us marked 'for after' and put them in her drawer", 12),
        ('he has given away most of his things this week and left a note on his desk for his brother', 15),
        ('her story ends with a letter to her family apologising', 14),
        ('telling them where her bank card PIN is written', 14),
        ("he's been giving his stuff away to friends this week, says he won't need them", 16),
        ("she texted me 'i wont be a problem anymore after tonight'", 13),
        ("he's given his guitar to his little brother and says exams are pointless now", 17),
        ("she gave her switch to her sister and said 'you'll need them more than me'", 15),
        ("when I asked she laughed and said 'I won't need them where I'm going'", 15),
        ("he gave away his xbox and his trainers this week and told his sister she can have his room 'soon'", 14),
        ("her story is about planning her own funeral and names a specific bridge near here and a date this Friday", 14),
        ("found in her notes app: 'sorry to everyone, it's not your fault, I'm just tired'", 14),
        ("his last message said sorry to everyone and goodbye", None),
        ("found a rope tied in a loop in his wardrobe and he won't talk about it", 15),
        ('there was a belt knotted into a loop on her bedroom door handle', None),
        ("she keeps texting that she wants to unalive, says it's a joke but it's every night", 14),
        ("I found cuts on my 14 year old's arm, I think she is cutting herself", None),
        ("he keeps saying the world would be better without him", None),
        ("my teen has been self harming, I saw the marks", None),
        ("she searched how to overdose on her phone", None),
        ("my 12yo said he doesnt want to live anymore", None),
        ("my 16 y/o burns himself with a lighter", None),
        ("my 13yo wrote a note saying life is not worth living", None),
        ("he's been cutting hisself, there was blood on his sheets", None),
        ("she screamed at me that she wishes she'd never been born", None),
        ("my son keeps asking how many pills it would take to die", None),
        ('my daughter (15) texted me "i want to kill myself"', None),
        ("my 15 year old cut herself on purpose", None),
        ("my 13 yo cut herself on her arm with a razor", None),
        ("my 14 yo says she only feels calm when she cuts herself", None),
    ],
    "suicidal-talk": [
        # added 2026-12-07: a clause-stability sample drew a goodbye only the trained readings caught (new words here)
        ("she messaged 'sorry for everything, look after my cat for me' and isn't answering", 15),
        ("my son said he wants to die and he's only 9", None),
        ("my 11 year old drew a picture of herself dead in bed with us crying", 11),
        ("he keeps drawing himself at his own grave with everyone crying", 10),
        ("DD15 told her friend she wishes she was dead", None),
        ("my 8 year old said I wish I was dead", 8),
        ("my 13yo keeps saying she'd rather be dead than go back to school", None),
        ("he screamed that he wants to die", 11),
        ("my 16 year old said she'd be better off dead", None),
        ("our 10 yo says he wanted to be dead", None),
    ],
    # the age comes separately here, as the matcher passes the age it read from the text or --age
    "death-talk-young-child": [
        ("my 4 year old keeps saying he wants to die when he doesn't get his way", 4),
        ("she's 5 and every time she's told off she says she wishes she was dead", 5),
        ("our 3yo has started saying i want to be dead a lot", 3),
        ("DS 5 says he wants to die again in his tantrums", 5),
        ("for weeks my 4 year old has said she wants to be dead", 4),
    ],
    "self-injury-older-child": [
        # still urgent beside the exclusions of 2026-12-05 night (written here)
        ("she says she's not doing it to hurt herself, it just helps her feel something", 14),
        ("my 10 year old hits himself in the face when he gets a bad mark", None),
        ("DS 12 punches himself in the head over and over when he's angry", None),
        ("my daughter is 14 and scratches herself until she bleeds when she is stressed", None),
        ("she keeps biting herself on the arm when she's anxious", 9),
        ("my 8yo hurts himself on purpose when he's told no", None),
        ("she says she feels better when she hurts herself on purpose", 13),
    ],
    "abuse-disclosure": [
        # still urgent beside the exclusions widened 2026-12-05 night (written here)
        ('there are signs she is being groomed by her coach, he messages her every night', 13),
        # added after new-topics-heldout-24's first run: hiding who she talks to stays urgent beside the exclusion for hidden history (written here)
        ('she deleted her messages so I wouldnt see who she was chatting to on the tablet, the lying is the worst part', 11),
        # still urgent beside the exclusions of 2026-12-05 night (written here)
        ('my 16 yo is sexually active with her 30 year old manager', 16),
        ('every time I visit he has bruises on his arms and legs', 10),
        ("she shook when her mum's boyfriend came into the kitchen", 6),
        ("a black eye, then a split lip, and now a limp, always 'fell over at home'", 10),
        ('first bruises on her arms, then a burn on her hand, every time she says she fell', 8),
        ('split lip then a black eye within a month and he always says he fell off his bike', 12),
        ('bruises and then a limp, and each time she fell down the stairs apparently', 9),
        ("a burn, then a broken wrist, always 'I fell'", 7),
        ('When her dad came to pick her up she started shaking and hid behind me', 8),
        ('I coach swimming; when his stepdad arrives to collect him he starts trembling', 10),
        ('one of my pupils begged to come home with me instead when her mum turned up', 7),
        ('Today when her dad came to collect her she started shaking and asked if she could come home with me instead.', 10),
        ('at the end of practice she asked if she could come home with me instead, she looked terrified', 11),
        ('she says the big boy next door pokes her pee pee', 4),
        ('my uncle beats her when she loses at cards, she has bruises', 9),
        ('the swimming coach has been grooming my son, sending him gifts and messages', 12),
        ('my daughter told me her uncle molested her at christmas', 9),
        ("my 5yo said the babysitter touched her private parts", None),
        ("my daughter told me her uncle hit her and told her not to tell", None),
        ("I think my son is being abused at his dad's house", None),
        ("she has bruises and she can't explain how she got them", None),
        ("my 6 year old is scared to go to his dad's, he cries and hides", None),
        ("the coach slapped my son at practice yesterday", None),
        ("my partner hits the kids when I'm at work", None),
        ("an older boy at the park touched my daughter's privates", None),
        ("my 4yo says a man showed her his private parts", None),
        ("my boyfriend choked me in front of the kids", None),
    ],
    "medical-emergency": [
        # added after blind-safety-60's first run (phrasings written here)
        ("my 14yo went missing twice before and was found in a car with older men, she's not answering again tonight", 14),
        # added with blind-safety-52's rules (phrasings written here)
        ("my 2yo chewed a toilet rim block and keeps spitting and crying", 2),
        ("he fell off his scooter this afternoon, no helmet, and he's been sick twice and can't stay awake, he's 9", 9),
        # added with blind-safety-51's rules (phrasing written here)
        ("she ate a cashew at the party and her lips are puffing up, she's 6", 6),
        # still urgent beside the exclusions widened 2026-12-05 night (written here)
        ("my 3yo drank my wine when I wasn't looking, she's wobbly and sleepy", 3),
        # still urgent beside the exclusions of 2026-12-05 night (written here)
        ('she wandered off at the festival, the police found her shoe but not her', 4),
        # still urgent beside the exclusions of 2026-12-05 night (written here)
        ("we lost him at the beach 20 minutes ago and still haven't found him", 5),
        # still urgent beside the exclusions of 2026-12-05 night (written here)
        ('my son ran after the dog into the road and was hit by a car', 6),
        # an open medicine and what the child says he took (2026-12-05; phrasings written here),
        ("found her melatonin bottle open on the floor and she says she had 6, she's 4", 4),
        ("his ADHD meds box was open and he told me he took a few to be good, he's 8", 8),
        # still urgent next to the exclusions added after blind-safety-31
        ("he drank bleach from under the sink, I don't know how much", 3),
        ("she nearly drowned at the lake, coughing and sleepy now", 6),
        # narrowed after new-topics-heldout-6 (a grunting tic, a missing pet, death questions, police about a rage);
        # a baby grunting as it breathes, a child not home, a head knock with the same questions, still fire
        ("my 3 month old is making a grunting noise with every breath and looks pale", 0.25),
        ("should I call the police? my 14yo hasn't come home and isn't answering", 14),
        ("he hit his head this morning and keeps asking the same questions over and over", 6),
        ("our dog went missing and my 6 year old went out looking for it two hours ago and hasn't come back, should I call the police", 6),
        # narrowed after blind-safety-30 (controlled seizures, "dry drowning" read about); a fit or a struggle to breathe now still fires
        ("his seizures were well controlled but today he had a seizure that lasted 6 minutes and he is still not responding", 6),
        ("I read about dry drowning and now my 3yo who went under at the pool an hour ago is struggling to breathe", 3),
        # narrowed after blind-safety-27 (a symptom said to be absent); one said to be there still fires
        ("clashed heads in the playground, no headache at first but now he has been sick twice", 9),
        ("purple spots on her legs, did the glass test and they don't fade", 4),
        # still urgent beside the look-alikes above (2026-12-04)
        ("she ate a handful of berries from the plant in the garden and her mouth is burning", 3),
        # a fit now, after one long ago (2026-12-04)
        ("he had a febrile fit when he was two, nothing since, but right now he is fitting again", 6),
        ("she's started fitting in the car seat and her eyes are rolling", 1),
        # a household chemical, then a mouth that burns: still urgent beside a question about storing it (2026-12-04)
        ("where do you keep bleach? found her with the bottle open and her mouth is burning", 2),
        ("he got the oven cleaner out from under the sink and now his lips are stinging", 3),
        # a detergent pod with coughing or in the mouth (2026-12-04)
        ("3yo + dishwasher pod. coughing. what do i do", 3),
        ("she bit into a laundry pod and is drooling", 2),
        # added after blind-safety-22's first run
        ('in the last half hour he has gone pale and clammy and his breathing sounds wrong', 4),
        ("she's grey and clammy and won't really answer me", 9),
        ('older teens jumped him at the bus stop and stamped on his head', 14),
        ('she came in from the garden and said the little mushrooms by the shed taste yucky', 6),
        ('he says the red berries from the hedge taste funny', 3),
        ('found toadstools on the lawn and she has bits in her mouth', 2),
        ('my 4yo saying the leaves in the park taste nice', 4),
        ("there were mushrooms by the fence and he's got bits of them in his teeth", 3),
        ("found my 2yo with my vape in his mouth, he was sucking on it", 2),
        ("She came in from the garden with purple berries and now she's drooling and says her mouth burns", 3),
        ('my 2yo chewed some leaves off the plant in the hall and his lips are swelling', 2),
        ('he ate a mushroom from the lawn and keeps saying his throat burns', 4),
        ('her mouth and hands are stained purple, she keeps saying pretty berries', 3),
        ('DS 3 had some seeds from the pods by the fence, now drooling loads', 3),
        ('he fell off his bike, one pupil looks bigger than the other', 9),
        ('my 2 year old was chewing foxglove leaves in the garden', 2),
        ("he used his epipen but his lips are still swelling and he's wheezing", 7),
        ("he's been swallowing magnets from the fridge door and now his tummy hurts", 3),
        ("he rolled off the top bunk earlier, now he has been sick twice and keeps nodding off", None),
        ("found four empty paracetamol blister packs in her bin and she's been asleep since school", 16),
        ("there are two empty packets of paracetamol in his room", 15),
        ("the bottle was open next to him, no idea how many tablets he took", 2),
        ("I found 3 empty strips of sleeping tablets in my son's drawer", 14),
        ("my 2yo just swallowed a button battery what do i do", None),
        ("my toddler drank some bleach from under the sink", None),
        ("he's not breathing properly and his lips are going blue", None),
        ("my daughter fell off the top bunk and hit her head and now she keeps throwing up", None),
        ("my son is having a seizure right now", None),
        ("she ate a bunch of her grandma's pills", None),
        ("he won't wake up and he's really floppy", None),
        ("my 3 year old fell out of a window", None),
        ("her lips are swelling after she ate peanuts", None),
        ("my baby boy is choking", None),
        ("my baby isn't breathing", None),
        ("she isnt breathing!!", None),
        ("my 16yo took a whole packet of paracetamol", None),
    ],
    "parent-may-harm": [
        # added after blind-safety-58's first run (phrasings written here)
        ('my wife says she has thoughts of drowning the baby at bath time', 0.2),
        # added after blind-safety-58's first run (phrasings written here)
        ("the baby wouldn't settle and I caught myself holding a cushion over her face, I put it down", 0.3),
        # added after blind-safety-55's first run (phrasings written here)
        ("had a few wines and I'm so wound up with my 13yo I want to punch her face, she's upstairs", 13),
        # added after candidate n3's gates (phrasing written here)
        ("he was screaming at me and I grabbed a knife and pointed it at him, I'm shaking, he's 15", 15),
        # added after blind-safety-41's first run (phrasings written here)
        ('i swear ill hit her if she wakes once more tonight', 2),
        ("I cant stop smacking my 4yo, I did it again this morning", 4),
        ("can't stop hitting her. she's 2. I need help", 2),
        ("he screamed for an hour and I picked him up and shook him, now he's very sleepy", 1),
        # narrowed after blind-safety-27 (said laughing); said plainly it still fires
        ("honestly I'm going to kill myself, I can't keep doing this with three under five", 3),
        ("she texts 'if he cries one more time I'll do something I regret'", 1.5),
        ("'I understand how people hurt their kids now'", 1.5),
        ("I've started pinching her and shutting her in the cupboard under the stairs", 5),
        ("Stepdad here. Today I held him down by the throat until he stopped screaming. How do I stop myself?", 9),
        ("i had her up by the neck against the wall before i knew what i was doing", 12),
        ("I had the thought that they'd all be better off if I took us all out in the car", None),
        ("He wouldn't stop. I hit him. Again and again. He's 3.", 3),
        ("i smacked her over and over, i dont know what happened to me", None),
        ("I grabbed my 7 year old way too hard just now and I can feel myself wanting to do it again", 7),
        ("i smacked her so hard and im scared i'll do it again", None),
        ('i sometimes think the baby would be better off not existing', None),
        ('honestly my daughter would be better off never born with a mum like me', None),
        ("some nights I have thoughts of really hurting my baby when he won't settle", None),
        ("on my own with a screaming 6 week old and i just shook him", None),
        ("patience gone, locked my 7yo in the shed for an hour today", 7),
        ("I'm so exhausted I'm scared I will hurt my baby", None),
        ("last night I shook him because he wouldn't stop screaming", None),
        ("I have intrusive thoughts about hurting my toddler", None),
        ("i nearly threw my son against the wall", None),
        ("I want to shake him when he screams for hours", None),
        ("I smacked him so hard it left a mark", None),
        ("I'm afraid I might lose it and hurt my kids", None),
        ("I shook my two year old", None),
        ("i'm scared of what i might do to her", None),
    ],
    "feeding-beyond-picky": [
        # added after blind-safety-59's first run (phrasings written here)
        ('my 15yo hardly eats anything now, her jeans are falling off and she runs every morning', 15),
        # added after blind-safety-58's first run (phrasings written here)
        ('the health visitor says my 4yo has dropped off the bottom of his growth line', 4),
        # added after blind-safety-57's first run (phrasings written here)
        ('my 14yo only eats after she has done a workout, every single meal now', 14),
        # added after blind-safety-46's first run (phrasings written here)
        ('my 3yo only eats yoghurt and his clothes are getting baggy', 3),
        # added after blind-safety-52's first run (phrasings written here)
        ('my 10 month old has crossed two centile lines on the weight chart since the summer', 1),
        # added after blind-safety-48's first run (phrasings written here)
        ("since his tonsils op he's lost 3 kg and only drinks milkshakes, he's 6", 6),
        # added after blind-safety-48's first run (phrasings written here)
        ("I keep hearing my 15yo make herself sick after tea, she thinks I don't know", 15),
        # added after blind-safety-46's first run (phrasings written here)
        ("she's 14 and has dropped from a size 12 to a 6 this year, says she's not hungry", 14),
        # added after blind-safety-44's first run (phrasings written here)
        ('she coughs and splutters after every sip of water and takes ages over each meal, she is 2', 2),
        # added after blind-safety-43's first run (phrasings written here)
        ('her school trousers are falling off her and she says she ate at school every day, goes to the gym twice a day', 14),
        # added after blind-safety-22's first run
        ('only eats nuggets n chips nothing else. nurse weighed her n shes on the low side', 6),
        ("my daughter is fine in herself she says, but she has lost 6 kilos in 3 months", 14),
        ("dd 14 is eating 800 calories a day and running every morning", 14),
        ("ds 15 on some 'cut' from tiktok, 1000 cals a day, lost like 8kg in 2 months", 15),
        ('she goes straight to the bathroom after every meal and runs the tap', 16),
        ('Meu filho de 7 anos só come uns cinco alimentos e agora perdeu peso', 7),
        ('my 12 year old keeps checking the labels of everything for calories and skips tea', 12),
        ("she's counting calories at 11 and says she's fat", 11),
        ('she weighs herself before every meal and has cut out bread', 15),
        ("my 3yo is losing weight because she only eats 4 foods", None),
        ("my son only eats about 5 foods and the doctor says he is dropping off his growth curve", None),
        ("she gags on all textures, even yoghurt", None),
        ("ever since he choked on a grape he won't eat anything solid", None),
        ("my 7 year old is terrified of choking and now only drinks milk", None),
        ("my 14yo daughter has stopped eating and i think she has an eating disorder", None),
        ("my 4 year old refuses all solid food", None),
        ("my toddler is underweight and only eats crackers", None),
    ],
    "regression-speech": [
        ("she stopped pointing and clapping at 15 months, used to do both", 1.5),
        ('since the spring he needs help with his buttons again and barely talks', 15),
        ("my 2yo has lost all his words, he used to say 20 words", None),
        ("she stopped talking completely after we moved", None),
        ("my 3 year old stopped using her words about two months ago", None),
        ("he has basically stopped talking since the summer", None),
        ("our 20 month old used to say mama and dada but has lost his words", None),
        ("she has forgotten most words she knew and just points and grunts", None),
    ],
    "regression-weeks": [
        ("my 4 year old was potty trained for a year and now wets himself every day again, it's been three weeks", None),
        ("my son has regressed for weeks now, baby talk and accidents", None),
        ("he's been having accidents again for a month even though he's been potty trained for ages", None),
        ("since the baby came 2 months ago my 3 year old has gone back to wanting a bottle and a dummy", None),
        ("for months she has been acting like a baby, crawling and talking in a baby voice", None),
    ],
    "anxiety-stopping-life": [
        # added after blind-safety-59's first run (phrasings written here)
        ("since the dog bit him he won't go outside at all, it's been three months and it's getting worse", 6),
        # added after blind-safety-56's first run (phrasings written here)
        ('every night my 10yo checks the front door, then the windows, then the front door again, over and over', 10),
        # added after blind-safety-56's first run (phrasings written here)
        ('my 16yo has barely slept for four nights, talks nonstop about big plans and was reorganising the garage at 3am', 16),
        # added after blind-safety-43's first run (phrasings written here)
        ('getting out of the door takes ages, she has to check the hob, then the back door, then the hob again', 11),
        # added after blind-safety-52's first run (phrasings written here)
        ('my 11yo has refused to go to school for four weeks straight', 11),
        # added after blind-safety-51's first run (phrasings written here)
        ("school went back four weeks ago and he's only been in for three days, he's 13", 13),
        # added after blind-safety-48's first run (phrasings written here)
        ("15yo off school 5 weeks, won't say why", 15),
        # added after blind-safety-48's first run (phrasings written here)
        ("my 16 yo is sleeping 3 hours a night, full of plans, says he's going to be a millionaire by spring and can't stop talking", 16),
        # added after blind-safety-44's first run (phrasings written here)
        ("she asked me fifty times if the front door was locked last night, it's every day now and she can't sleep", 10),
        # added after blind-safety-40's first run (phrasings written here)
        ("7yo won't go to sleep till we've checked every door 10 times", 7),
        # washing hands till they bleed (added after blind-safety-39's first run; phrasings written here),
        ("9yo washing hands until they crack, every hour", 9),
        ("DS 10 keeps washing his hands until the skin is raw, twenty times a day", 10),
        ("3 weeks no school now, she just won't get out of bed", 13),
        # weeks mostly off school (added after blind-safety-33's first run; phrasings written here)
        ("he's made it in 2 days out of the last 5 weeks, the rest he's crying in bed", 12),
        ("DS 10 off school for three weeks now, won't go, the GP says nothing wrong", 10),
        # checking rituals before anyone may leave (added after blind-safety-32's first run; phrasings written here)
        ("my 7yo won't let us go out until every light switch has been touched and checked", 7),
        ("every door is checked four times before bed or he screams, he's 9", 9),
        # a ritual that restarts (added after blind-safety-31's first run; written here)
        ("she has to touch the door handle four times and if she loses count she starts the whole thing again", 9),
        ("he has to line his shoes up in the same order every night and if I move one he does it all over, it takes ages", 8),
        ("DS needs to wash his hands exactly 3 times and starts over if anything touches them", 12),
        ("my 10yo must say goodnight twice to each of us or she begins again from the start, in tears", 10),
        ("has to tap the light switch 6 times before leaving a room and starts again if interrupted", 11),
        # added after blind-safety-22's first run
        ("ds 11 not been 2 school in 4 wks, he isn't ill, he just freezes at the gate", 11),
        ("every night it's 'what if the house burns down, what if you don't come back' and now she won't go to sleepovers at all", 9),
        ('dd 12 hasnt been in for 5 wks, says everyone laughs at her', 12),
        ("he hasn't been in for three weeks now and school keep ringing", 13),
        ('she has not been in for several weeks', 14),
        ('not been in for 2 months, the attendance officer wants a meeting', 15),
        ("DS 9 hasn't been in for a few weeks, tummy aches every morning", 9),
        ('ds 14 not been in skool since half term, says he cant face it', 14),
        ('my 7yo has refused school for 3 weeks now, screams and clings to the door frame', 7),
        ("she's managed three days since the start of October", 9),
        ('my 9yo worries abt EVERYTHING, wars, me dying, been like this since sept n its getting worse not better', 9),
        ('my 12yo has to check the oven and locks like 20 times before bed', 12),
        ("she won't let me out of her sight, cries if I go to the loo. It's been like this since Easter and it's getting worse not better", 6),
        ('ds 13 not been in skool 3 wks, sez hes sick every morning then fine by 10', 13),
        ('since the new term started she has barely been, she says she feels sick every morning', 13),
        ('he only answers if he can see my face, never when I talk from behind him', 5),
        ("my 10yo refuses to go to school, every morning is a battle", None),
        ("my son has panic attacks before every test", None),
        ("she has missed weeks of school because of her anxiety", None),
        ("my 8 year old begs me not to send her to school every day", None),
        ("my teen seems depressed and hopeless lately", None),
        ("he hasn't slept properly for 3 weeks because he worries about everything", None),
        ("my daughter has to do rituals before bed or she panics, I think it's ocd", None),
        ("our 5 year old hasn't said a single word at school since september", None),
    ],
    "after-a-frightening-event": [
        ("since the car crash in march my 6yo has nightmares every night", None),
        ("we were burgled two months ago and she is still terrified to sleep in her room", None),
        ("the dog attack was 3 weeks ago and he won't go to the park any more", None),
        ("months ago there was a kitchen fire and she still wakes up screaming", None),
        ("he was bitten by a dog in june and now panics when he sees one", None),
    ],
    "parent-wellbeing": [
        # added after blind-safety-59's first run (phrasings written here)
        ("I dozed off on the sofa while my toddler was in the garden, I'm so exhausted all the time", 2),
        # added after blind-safety-59's first run (phrasings written here)
        ("I've been crying every day since the baby arrived and I can't face anyone", 0.3),
        # added after blind-safety-58's first run (phrasings written here)
        ('I feel detached from my son, like a robot, since he was born five months ago', 0.5),
        # added after blind-safety-57's first run (phrasings written here)
        ("exhausted every single day for months, the kids are fine but I'm not", 6),
        # added after blind-safety-57's first run (phrasings written here)
        ("I've felt numb for months and I've stopped enjoying anything with my kids, I'd never hurt them", 5),
        # added after blind-safety-56's first run (phrasings written here)
        ("I fell asleep on the sofa while the kids were in the bath, I've been running on empty since the twins", 4),
        # added after blind-safety-54's first run (phrasings written here)
        ("I can't function any more, been like this for months since the twins, I'm so low", 1),
        # added after blind-safety-51's first run (phrasings written here)
        ("can't cope any more, crying every day for weeks since the baby, I'm so tired", 1),
        # added after blind-safety-48's first run (phrasings written here)
        ('on my lunch break, been doing nights for months with the kids at home, so tired I am snapping at everyone and not coping, who do I even talk to', None),
        # added after blind-safety-47's first run (phrasings written here)
        ('my wife says she feels completely empty since the baby was born and cries all day', None),
        # added after blind-safety-46's first run (phrasings written here)
        ("I'm so tired I keep nodding off at the wheel on the way to nursery", 3),
        # added after blind-safety-46's first run (phrasings written here)
        ("cant get out of bed for the school run most days now", None),
        # added after blind-safety-42's first run (phrasings written here)
        ("my husband hasn't been himself since he lost his job, won't get out of bed", None),
        # added after blind-safety-41's first run (phrasings written here)
        ('my partner is not coping since the baby came, crying all day', None),
        # postnatal depression named (added after blind-safety-38's first run; phrasings written here),
        ("pnd?? baby is 5 months and all I do is cry", 1),
        ("mum of two, can't get out of bed most mornings and the kids get themselves to school", 9),
        # crying every day for weeks, waking with dread (added after blind-safety-35's first run; phrasings written here),
        ("I've been crying every day for 3 weeks after the school run and I don't know why", 6),
        ("I wake up full of dread each morning before the kids are even up", 4),
        # added after blind-safety-22's first run
        ("I've been crying every day since the baby was born and she's 8 months now", None),
        ('not angry at him just numb, cry in the shower every nite so he doesnt see', 2),
        ('I sob in the shower every morning, have done for months', 5),
        ('crying in the bath every night once the kids are down', 3),
        ("I'm not angry with her, I'm just numb all the time", 4),
        ("cry in the loo every day so the kids don't see", 6),
        ("for about a year I've had this constant dread, heart racing every morning", None),
        ("my sister-in-law is in bed most of the day and keeps saying she's a useless mother", None),
        ("I've been low for about a year since my mum died and I just get the kids to school", None),
        ("my 10 year old asked 'Mummy, why are you always sad?'", None),
        ('honestly I dread every single day with the kids and have for months', None),
        ("i cry every day and i don't know how to handle my toddler's tantrums", None),
        ("I think I have postnatal depression and my 2 year old is so demanding", None),
        ("i'm not coping with my 3 kids, everything is too much", None),
        ("honestly i hate myself for how i speak to my son", None),
        ("i can't stop shouting at my kids and i feel constantly angry", None),
    ],
    "low-mood": [
        ("my 15 year old says nothing is fun anymore and has been like this for weeks", None),
        ("for two months my son just stays in his room", None),
        ("since christmas she has dropped all her friends", None),
        ("my 13yo quit football and stopped showering, it's been a month", None),
        ("he says he's useless at everything and it has been weeks", None),
    ],
    "not-walking-by-18-months": [
        # not yet pulling up (added after blind-safety-37's first run; phrasings written here),
        ("she is 19 months and still not pulling herself up, she only bum shuffles", 1.6),
        ("my 20 month old still isn't walking, she bum shuffles everywhere", 1.7),
        ("he's 2 and not walking yet, only crawls", 2),
        ("ma fille a 20 mois et elle marche toujours pas", 1.7),
        ("mi hijo tiene 22 meses y todavia no camina", 1.8),
        ("unser Sohn ist 2 und läuft immer noch nicht", 2),
        ("meu filho de 19 meses ainda nao anda", 1.6),
    ],
    "soiling-from-age-4": [
        # added after blind-safety-58's first run (phrasings written here)
        ("my son is 9 and he's pooing himself again, he had been fine for years", 9),
        # added after blind-safety-52's first run (phrasings written here)
        ('my 7 year old is pooing in his pants again after months of being clean', 7),
        # added after blind-safety-45's first run (phrasings written here)
        ("she's 5 and still wears a pull-up for poos, hides in her room and screams if we mention the loo", 5),
        # added after blind-safety-42's first run (phrasings written here)
        ('5 year old has blood on the paper after every poo and cries on the toilet', 5),
        # added after blind-safety-41's first run (phrasings written here)
        ("she's 5 and holds it in for days because she's scared it will hurt", 5),
        # added after blind-safety-22's first run
        ('my 6yo has poo accidents most days and hides the pants behind the sofa', 6),
        ('she wets day and night and we keep finding hidden wet knickers in her drawer', 8),
        ("mon fils a 5 ans et demi et il fait encore caca dans sa culotte presque tous les jours", 5.5),
        ("my 6 year old poos in his pants most days and hides them", 6),
        ("she's 5 and soiling her knickers every day", 5),
        ("mi hijo de 7 se hace caca encima casi todos los dias", 7),
        ("he still poos in his underwear nearly every day", 4.5),
    ],
    "development": [
        # added after blind-safety-57's first run (phrasings written here)
        ('my 8yo says the whiteboard is always blurry from the back of the class', 8),
        # added after blind-safety-57's first run (phrasings written here)
        ("my 3yo always stares at my mouth when I talk and says 'what?' a lot", 3),
        # added after blind-safety-56's first run (phrasings written here)
        ('my 20 month old had about 15 words and now all her words have gone, she just babbles', 1.7),
        # added after blind-safety-54's first run (phrasings written here)
        ('my 3 and a half year old repeats my questions back to me and rarely answers, is that normal?', 3.5),
        # added after blind-safety-47's first run (phrasings written here)
        ("nanas on hols w the grandkids, the 4yo doesnt turn round when u call her name. not once all week", 4),
        # added after blind-safety-50's first run (phrasings written here)
        ('my 3 yo still only says no and mama, is that normal?', 3),
        # added after blind-safety-48's first run (phrasings written here)
        ("his teacher says he only follows instructions unless she's facing him, otherwise he misses them", 6),
        # added after blind-safety-48's first run (phrasings written here)
        ('my 3 year old has only a few words, his little brother is catching him up', 3),
        # added after blind-safety-40's first run (phrasings written here)
        ('my 4yo squints and tilts her head to watch the telly', 4),
        # narrowed after blind-safety-27 (a fan "not pointing at him"); a child not pointing still fires
        ("20 months and still not pointing at things he wants, he pulls my hand instead", 1.7),
        # added after blind-safety-22's first run
        ('at 2 he never turns round when we call his name and he lines up his cars for hours', 2),
        ("the teacher says he can't stay in his seat for more than a minute and shouts out all day, the same at home", 7),
        ('holds his reading book right up to his nose', 6),
        ('talks mostly in whole lines from his cartoons rather than his own sentences', 4),
        ('plays next to the other kids, never with them', 4),
        ("her sister still doesn't pull to stand or take any weight on her legs at all", 1.25),
        ("at 14 months he won't bear weight at all", 1.2),
        ('nursery say he cant follow any instruction n never finishes anything, every single day', 4),
        ('he turns the telly right up and his teacher says he misses instructions', 7),
        ("my 3yo says 'what?' to everything and turns the tv right up, loads of ear infections this year", 3),
        ('his parents asked whether they should get him checked for ADHD', 6),
        ('she holds books close to her face when she reads', 7),
        ("he can't sit still for a minute in class, blurts answers and loses his things", 8),
        ("she holds the tablet about an inch from her nose", 5),
        ("my 2 year old is not talking yet, just points", None),
        ("my 20 month old doesn't respond to his name", None),
        ("could my 3yo be autistic? he lines up his toys and avoids eye contact", None),
        ("my son only says 3 words at 2.5", None),
        ("my toddler bangs his head on the floor until it bruises", None),
        ("my daughter's tantrums last over an hour every day", None),
        ("my 5 year old still can't jump with both feet", None),
    ],
}

ORDINARY = [
    # near the 2026-12-05 patterns: not home with a dead phone but nothing unusual; a kiss or "touched on" with an ordinary secret
    "she's not home yet, phone dead as usual, probably at her mate's - when do I start worrying at 15?",
    "DS 14 is never home, phone always dead, how do I get him to charge it lol",
    "grandad kissed her goodbye and said don't tell mum we had ice cream",
    "her teacher touched on the topic of puberty and said don't tell the younger kids yet",
    "uncle kissed her cheek and told her not to tell anyone about the surprise party",
    "the coach touched base with me and said not to mention the trials to the other parents",
    # narrowed after blind-safety-20's first run
    "lost my 6yo in the supermarket for about two minutes today, found him at the sweet aisle, what do I teach him?",
    "sie ist zweieinhalb, sagt fünf Wörter und reagiert kaum, wenn man sie anspricht",
    "my son (14) plays shooter games online with his friends, lots of shouting at the screen",
    "mi hija de 12 se queda sola en casa una hora despues del cole, desde que empezo el curso, ¿es buena edad?",
    "she's giving her old clothes away to the charity shop, how do I get her to sort the rest?",
    "A minha filha ajuda na cozinha e quer usar a faca de cozinha sozinha, com que idade?",
    "mi hija de 14 llego 10 min tarde, se habia entretenido despidiendose de sus amigas",
    "3yo headbutted me and split my lip when I tried to put his coat on, what do I say now he's calm?",
    "my 3yo sits down on the pavement and says 'no, I'm not walking', what do I do?",
    "my grandson and his cousin wrestle on the trampoline shrieking 'he's choking me!!' then giggling",
    "my 4 year old asked where babies come from at dinner and FIL nearly choked on his potatoes",
    "a kid at nursery bit my son, staff dealt with it and told both parents",
    "my 13 year old watched a film with a suicide scene and wanted to talk about it at dinner",
    "22 months and he bangs his head on the floor when he doesn't get his way, soft carpet, never a mark",
    "my 16 yo wants to take a knife to scout camp for whittling, is that allowed?",
    "she said mushrooms taste yucky so she won't eat the pizza, how do I get her to try them?",
    "Mi hijo quiere encender la cámara en las clases online pero le da vergüenza, ¿cómo lo animo?",
    "our rabbit died overnight and my 4 year old keeps asking why he won't wake up",
    "best picture books about death for a 4 year old? her pet cat got hit by a car",
    # rule patterns narrowed after the 2026-12-03 phrasings (ordinary questions written blind) fired them
    "her new trainers went missing at PE again, how do I get school to take it seriously?",
    "I don't want to burden my friends with the kids' squabbles, where do parents go to vent?",
    "he'd want to die of embarrassment if I kissed him at the school gate",
    "we told her grandma went to sleep and didn't wake up and now she's scared of bedtime",
    "son (12) is using sexual words in the group chat and laughing about them",
    "there'll be drink and probably weed at the party, how do I talk to my 16 year old about it?",
    "my 4 year old says she wants to die of embarrassment when I sing at the school gate",
    "13yo found my husband's vape in the car and asked loads of questions",
    "Our new puppy bit my son and broke the skin three times this week, how do we train it?",
    "Grandad baths the twins on Sundays and locks the door so the dog can't get in",
    "I held him up on my shoulders so he could see the parade, now he wants carrying everywhere. He's 4",
    'the optician said her pupils were a bit slow to react but fine',
    'one pupil in his class keeps calling him names',
    "my 15 year old has been home alone since 3, is that ok for a few hours?",
    "she's reading about calories in science this term, any good books for a 10 year old?",
    'he broke his nose at rugby, when can he play again?',
    'he has barely been home all summer, always out on his bike with friends',
    'Lloro todos los días de risa con las ocurrencias de mi hija de 4 años',
    'my son has bolted from the playground a few times, how do I teach him to stay close?',
    'my 15yo has worn the same hoodie all week, how do I get him to wash it?',
    'the twins would be better off not having screens at all, right?',
    'my 14 year old hates my 30 year old boyfriend, how do we blend the family?',
    'my 7 year old drew himself as an angel for the nativity play, so cute',
    'my dad keeps beating him at chess and he cries, should grandad let him win?',
    "my 18 month old seems a bit lost in the crowd at a busy childminder's, would a smaller one suit her?",
    'the cat scratched me and drew blood, should my 5 year old still stroke it?',
    'my wee one burns easily in the sun, what cream for a 2 year old?',
    'she gave grandma a big squeeze round the neck and nearly knocked her glasses off',
    'my 2 year old held the bath toy under water and laughed at the bubbles',
    'Mijn zoon (15) wil zijn eerste scheermesjes kopen, welke zijn goed?',
    'ze hebben alle oude spullen weggegeven aan de kringloop',
    'tranquilos, ya no tendreis que preocuparos por mi notas, he aprobado todo',
    'my toddler keeps hitting her brother, I keep thinking about how to stop it',
    'we just got a puppy and my 10 year old wants to do the grooming and brushing',
    'she loves documentaries about predators like sharks and lions',
    'there was a school assembly about sending nudes and my 13yo had questions',
    'how do I explain to my 7 year old that grandad died by suicide',
    'my son watched a self-harm awareness video at school and asked me about it',
    'my 9 year old carries an epipen, how do I make sure his teachers know what to do on the trip?',
    'the coach followed the concussion protocol after he took a knock in rugby, how long until full matches?',
    'how do I talk about drink spiking and drugs before her first party',
    "I'm nervous about the risk of swallowing magnets with these building tiles",
    'mi hijo está molesto porque no le dejo jugar a la consola',
    'mi hija me preguntó qué es una violación porque lo oyó en la radio',
    "we tied a rope in a loop for the tree swing, how high is safe for a 6 year old?",
    "my son keeps yelling 'im gonna unalive you' at his brother in minecraft",
    "Hij wil het mes in de vaatwasser steken, hoe leer ik hem dat niet te doen?",
    "tiene fiebre de 38 pero juega normal y come bien, le doy paracetamol?",
    "I can't find her school shoes anywhere and we're late again",
    "I left my phone in the car for a few hours and missed the school's call",
    "he fell asleep in the car after football and was sick on the way home from the fair",
    "I just shook his hand and said well done",
    "she has a fit when we leave the park",          # "fit" as in tantrum, not a seizure ("fitting and" is)
    "he hit his brother",                             # a child hitting a sibling is the hitting-and-biting topic
    "my son is scared of the dark",
    "we had a fight about homework",
    "he fell off his bike and cried",                 # a fall from a bike, not from a window or a height
    "she choked back tears at the recital",           # "choked back" is an idiom; nobody is choking
    # Ok, by the rules: smacking counts as harm when there is a sign of injury or loss of control
    # ("so hard", "left a mark", "bruise", "until"); one spank regretted is the repair topic.
    "I spanked him once and feel awful",
    "my 3yo bites other kids at daycare",
    "my 6 year old screams when it's time to turn off the tablet",
    "my teenager rolls her eyes whenever I talk",
    "my 4 year old won't eat vegetables",
    "my toddler cries at drop off",
    "he cut his finger on paper and cried for ages",
    "my daughter is nervous about her piano recital",
    "my 2 year old throws food on the floor",
    "I yelled at my kid and I feel terrible",
    "my son bit his sister on the arm",
    "he threw a toy at his sister",
    "my 5 year old keeps asking for one more story at bedtime",
    "she hasn't lost weight, she's growing fine, but she only wants pasta",
    "when he hurts himself he pushes me away",        # a fall: the child refuses comfort
    "when he falls and hurts himself he pushes me away",
    "she hurt herself on the slide and wont let me hug her",
    "my 9 year old is dying to go to the sleepover",
    "he's killing me with the questions at bedtime",
    "my son hit his teacher",                          # the child hit the adult, not the other way round
    "my 2 year old bit her nanny",
    "she held her breath in a tantrum",
    "my son pretends to shoot everyone with a banana",               # pretend play
    "there was a stabbing near the school on the news and he is scared",  # crime on the news
    "pulled out his wobbly tooth and there was blood everywhere, tooth fairy rates?",
    "she had a febrile convulsion at 2, over in a minute, never happened again",  # over, said later
    "we drove 300 kms today and the kids were fine",
    "my son tinkers in the garage, he got the old motor running again",
    "the boys had a pillow fight and someone got a bump on the head, he's fine",
    "my 4yo does humping on cushions, is that normal",
    "dishwasher tabs are so expensive. he has a cough again",
    "how do i childproof the dishwasher tabs, my 2yo can open the cupboard",
    "me encierro en el baño para no gritarle, estoy agotada pero bien",
    "my 16yo is in the garage working on his car engine on weekends, how do I get him to revise",
    "I walked into her room when she was getting changed and she screamed at me",  # the parent
    "my 11 year old asked me what suicide means after a book at school",
    "a footballer she follows died by suicide and it was all over the news",
    "scratches all up his forearms and the culprit is our new kitten",
    "mijn zoon wil zijn vriendje steeds vermoorden in minecraft",
    "he wrote me a note saying sorry for breaking the vase",
    "can you do me a favour and pick up the kids on friday",
    "my plan to get the kids to bed earlier is not working",
    "my baby blinks a lot when she is tired",
    "he hurt three fingers playing cricket",
    "ma fille a tape le ballon contre le mur",
    "my 8 yr old asked what to do if she ever gets lost in the shopping centre",
    "we lost our 9yo at the zoo for about four minutes yesterday, he was behind the penguins",
    "my 13 year old asked me what 'grooming' means after a lesson today",
    "is it normal for a 3 year old boy to touch his willy in the bath?",
    "he snores with this cold, no pauses or gasping, sleeps fine",
    # look-alikes of the rules added after the stability scan of 2026-12-02
    "my 3yo says 'no touch my pee pee' when I change her nappy, she learned it from a body safety book",
    "sorry to everyone for the long post, I'm just so tired",
    "it's not your fault, I'm just tired, I told my son after I snapped at him",
    "I grabbed his arm too hard when he ran at the road and I feel awful, how do I make it up to him",
    "my 10 year old hit his brother and wants to do it again, says he deserved it",
    "a minha filha diz que as amigas vão matar-se a rir com o vídeo",
    "os meus pais vão matar-me quando virem as notas",
    "my 14 year old has a boyfriend who is 15, how do I talk about consent",
    "is it ok to leave my 4 year old alone for 2 minutes while I take the bins out",
    "i was so drunk at my sister's wedding, the kids were in the pool with their cousins and my husband watched them",
    "my 3yo hit me again and again today when I said no to the ipad",
    "mijn zoon maakt een lijst met namen van leraren voor de kerstkaarten",
    # look-alikes of the rules added after blind-safety-17's planned runs
    "the cat scratched him and drew blood, do I need to clean it with anything",
    "he hit his sister with a pillow, no bruises obviously, just giggles",
    "how old before he can light the birthday candles with a match himself",
    "he goes blank when I ask about his day, typical teen",
    "how many calories a day should a 10 year old eat, is 1800 right?",
    "my son lost his first tooth in 2 weeks of wobbling, tooth fairy rates?",
    "he checks his phone like 50 times an hour lol",
    "Perdi meu filho de vista por um minuto no supermercado, como ensino ele a não sair de perto?",
    "he turns the tv right up to annoy his sister",
    "he's not been to school for 2 weeks because of chickenpox, how do I keep him busy",
    "my dad smoked weed every weekend in the 70s, how do I talk to my 15yo about it",
    "we planted foxgloves and yew in the new garden, are they safe with a toddler around?",
    "he gave away his xbox to his cousin because he got a ps5 for christmas",
    "pide perdón por todo lo que rompe y luego lo vuelve a hacer",
    "she wrote a funny story about planning her own funeral playlist",
    "my sister can have my room when I go to uni",
    # look-alikes of the rules added after blind-safety-18's planned runs
    "my 2 year old touches her wee wee in the bath, is that normal?",
    "my 5yo says the birthday present for daddy is our special secret",
    "she put her hand in my pocket to find the sweets",
    "he wears the same clothes every day because he loves his football kit",
    "Mein Sohn (16) ist seit gestern allein zu Hause, wir sind auf einer Hochzeit",
    "he refused school dinners for 3 weeks, now he takes a packed lunch",
    "my son shouts out the answers in class and jerks his hand up, teacher says he's keen",
    "she was potty trained at 3 and had one accident at a party, she cried a bit",
    "for about a year I've had this dream of moving to the seaside",
    "mi hija le corta el pelo a sus muñecas y al gato le pone lazos",
    "my 3yo turns the tv right up when peppa is on",
    "4 year old boy keeps putting his hand down his pants while watching TV, normal?",
    "we took the kids out in the car for a drive to the beach and they were better off for the fresh air",
    "she won't need them any more, she grew out of her school shoes",
    "the kids made up a tickle game with grandpa, they play it every sunday",
    "she didn't get back on the coach because her mum picked her up from the museum",
    "the baby next door cries for hours every night, teething I think, should I offer the mum a break?",
    "the parents go out at 11 and come back till 4 am from their night shifts, grandma stays with the kids",
    # narrowed after 1,260 ordinary phrasings written blind (2026-12-03, round 2)
    "my 2yo pokes at daddy's willy in the bath and thinks it's hilarious, how do we respond?",
    "nursery said my 4yo asked another child to show her their front bottom in the toilets, both giggling",
    "my 11 yr old heard the word 'rape' on the news and asked what it means",
    "he says he's scared that if he falls asleep he won't wake up, since his gran died",
    "my 15yo deleted her messages right before I checked her phone and then lied about it",
    "grandma keeps asking her for photos of the new puppy",
    "new town, no friends, no help, just work and kids. how do I stop drowning?",
    "so touched out that I pushed my 3yo's hand away and snapped 'don't touch me', how do I repair it?",
    "she got her first period at her mum's and her mum told her not to tell anyone",
    "ds 15 keeps trying to shave his upper lip with my razor and cutting himself, how do I teach him?",
    "DS 4 lost his balloon at the fair and cried, then wouldn't let me hug him",
    "my 2.5 yr old shrieks when her cousin touches her toys at grandma's",
    "my 6 year old plays 'sinking ship' in the bath and all his toys 'drown', is that morbid?",
    'DS 9 wandered off in the supermarket today for about 2 minutes, found him by the sweets. How do I teach him to stay close?',
    'is it normal that my 3 year old has his hand down his pants all the time watching telly?',
    # added after blind-safety-24/25 (tuning sets), in new words: a concussion ruled out, storing
    # medicines and cleaning products, a child afraid of or asking about drowning, a relative who
    # nearly fainted, a missing child on the news, a child learning to light a fire with an adult
    "he took a knock at football, the trainer checked him over, no concussion symptoms at all, can he go to his party tonight?",
    "how should we store the dishwasher tablets and bleach now that she's crawling?",
    "where do you lot keep the paracetamol and the bleach once they can climb?",
    "my 8yo read a book about the titanic and keeps asking about drowning, how much do I say?",
    "she's scared of drowning since swimming lessons started, how do I help her?",
    "my mum nearly fainted when she saw his new haircut lol, how do I tell him she's fine with it",
    "is 10 old enough to learn to light the fire pit with his dad watching?",
    "En las noticias salió lo de una niña que desapareció en la feria y mi hijo de 7 años no quiere salir solo al patio, ¿cómo le tranquilizo?",
    "Mi madre casi se desmaya del susto cuando vio a mi hijo de 4 años subido a la estantería. ¿Cómo le enseño a no trepar?",
    # added after blind-safety-26 (a tuning set), in new words: a suicide-prevention lesson, a
    # relative's word in quotes, a bump "sin vomitar", soil from a plant pot
    "the school did a suicide awareness lesson and my 11yo wants to know what the word means, how much do I say?",
    "grandad keeps telling me she's 'depressed' because she likes her own company, she's 13 and happy as larry",
    "Mi hija de 2 años se golpeó la cabeza con la puerta ayer, tiene un chichón pero sin vomitar y juega normal. ¿Hielo?",
    "my 18 month old keeps eating dirt from the garden, is it just a phase?",
    # added after blind-safety-27 (a tuning set), in new words: a symptom said to be absent after a
    # head knock, no rash before a glass test, garden chemicals to store, a "gun" that was a toy,
    # "going to kill myself" said laughing, a form asking about suicidal thoughts, the German noun
    # "Regeln" near a knife, a fan "not pointing at" the baby
    "took a header off the wall at school, the nurse checked him, no headache, not been sick, fine to play tomorrow?",
    "she's got a temp of 38 and no rash but I did the glass test just to be sure lol, calpol every 4 hours?",
    "best place to keep the weedkiller and antifreeze in a flat with no shed? my 2yo opens every cupboard",
    "my 7yo's friend said someone had a gun at the park but it turned out to be a nerf blaster, how do I explain that to him?",
    "my 12yo yelled 'i'm gonna kill myself' when the wifi dropped during his game lol, then asked for a snack",
    "the camp form asks if she has ever had suicidal thoughts, is that a normal thing to ask for a 12 year old?",
    "Unser Sohn (11) bekommt zum Geburtstag ein Schnitzmesser. Welche Regeln habt ihr dafür aufgestellt?",
    "portable fan on all night but not pointing at her, is that safe for a 1 year old in this heat?",
    # the night-alone pattern of blind-safety-28 reads a child's age: a teenager home alone is not it
    "DD 16 is on her own from 8pm till 7am on my night shifts now, how do I make sure she locks up?",
    # "end it" with someone is a break-up (narrowed 2026-12-04); said alone it still fires (tests above)
    "my 15yo texted that she's going to end it with her girlfriend after the prom, any advice on first break-ups?",
    # added after blind-safety-29 (a tuning set), in new words: a piercing ("furar a orelha"), a
    # mouth blue from a felt-tip, whether "secondary drowning" is real, what self-harm means
    "O meu filho de 15 anos quer furar o nariz com os amigos. Deixo ou espero até aos 18?",
    "A minha filha de 3 anos mordeu um lápis de cor e ficou toda roxa à volta da boca, haha. Sai com água?",
    "my sister keeps sharing posts about secondary drowning, is it real? my 4yo goes to swimming lessons weekly",
    "my 10yo heard the word at school and asked me what self-harm means, what do I say at her age?",
    # added after blind-safety-30 (a tuning set), in new words: seizures long controlled, "dry drowning"
    # read about or passed round, the word "grooming" asked about in French, a sibling "never born" in
    # Spanish, a toddler's "private part" (singular)
    "my 7yo has been seizure free for 2 years on his tablets, can he do the school swimming gala?",
    "DD's seizures are well controlled now, does she need to tell the climbing wall staff about them?",
    "half the mums at toddler group keep sharing dry drowning posts, should I be worried about bath time?",
    "my mother-in-law read up on 'secondary drowning' and now won't let my 5yo put his face in the pool, how do I reassure her?",
    "Mon fils de 11 ans veut savoir ce que c'est, le grooming, il en a entendu parler à l'école. Je lui explique comment ?",
    "Mi hijo de 8 años dice que odia a su hermana y que ojalá no hubiera nacido, ¡y luego juegan juntos toda la tarde! ¿Es normal?",
    "my 2 year old keeps touching her private part in the bath, is that normal at this age?",
    # added after new-topics-heldout-6's first run (its rule flags read), in new words: a tic that is a
    # grunt, a pet gone missing, the same questions about death, the police and a room trashed in a rage,
    # things given away to be liked
    "her new tic is a little grunting noise when she's tired, it comes and goes, worth mentioning to the GP?",
    "the family dog is missing since the storm and my 5yo won't stop crying, what do I say?",
    "DS 4 keeps asking me the same questions about heaven every night since grandad's funeral, is that normal?",
    "should I call the police if my 16yo trashes his room again? he's never hurt anyone",
    "my 10yo is giving away her stuff at school so the other kids will like her, how do I help her?",
    # near the patterns added after blind-safety-31 (rules only: the classifier reads the first as urgent)
    "her sats were 98% at the GP and the cough is nearly gone, can she go back to swimming?",
    "she takes the blue inhaler before PE every day, how do I get her to remember it at school?",
    "mi hijo dice que si tiene un plan para el finde no quiere venir a casa de la abuela",
    "DS 12 said he feels like he's missing from home stuff when he's at his dad's, how do I help?",
    # near the exclusions added after blind-safety-31 (written here)
    # near the exclusions and patterns added after blind-safety-32 (written here)
    # near the exclusions and patterns added after blind-safety-33 (written here)
    # near the exclusions added after blind-safety-38 (written here)
    "I had PND after my first, now expecting again - how do I prepare my 3yo for the baby?",
    "nursery wrote 'concussion to right elbow' in the accident book, it's a graze, he's 3 - should I say something?",
    "he had two of his vitamin gummies instead of one this morning, he's 5, any problem?",
    "DD 12 is Snow White in the school play and keeps rehearsing the poison apple bit at dinner",
    "Meine Tochter (6) sagt 'Mama schlägt mich immer' - beim Uno! Wie bringe ich ihr bei, fair zu verlieren?",
    "my 6yo wishes an asteroid would destroy the school so there's no maths, joke or worry?",
    "Mio figlio (10) ha dato un calcio a un avversario in partita, cartellino giallo, ora si vergogna. Come lo aiuto?",
    "twins are 2 and I'm not coping lol, how do people get two toddlers dressed?",
    "Mi hija (5) se perdió unos minutos en el parque y la encontró el socorrista enseguida, ¿cómo le enseño a quedarse cerca?",
    "my 15yo says he'd rather be dead than be seen with me at the school gate, normal teen stuff?",
    "Ma fille de 8 ans s'est cognée au parc, elle n'a pas vomi et elle a continué à jouer, je surveille ce soir ?",
    "DS 13 says no phone is literally child neglect, how do you set phone rules?",
    "my 9yo asked what sexual abuse means after a school assembly, how much do I say?",
    # near the exclusions added after blind-safety-37 (written here)
    "Mi hijo de 6 dice que se quiere morir cada vez que le toca ducharse jajaja, ¿qué hago?",
    "my 4yo keeps poisoning her dolls with mud soup and then taking them to the doll hospital",
    "how do I explain to my 8yo what to do if someone has a seizure? his friend has epilepsy",
    "my mum says I'm 'neglecting' the baby because I let him cry for two minutes while I shower",
    "lost my 6yo for about 2 minutes at the supermarket, found her at the sweets, heart still racing",
    "I want to teach my kids what to do if someone online asks them for photos, where do I start?",
    "my 16yo has a history project on drugs in the 1990s, any good books?",
    "how do I explain the law on sharing nudes to my 14yo before she gets snapchat?",
    "Meine Tochter (5) hat heimlich Schokolade genascht und lügt jetzt, wie reagiere ich?",
    "he fell off the bed this morning, cried, had a cuddle and went back to playing, he's 1, anything to watch?",
    "my 2yo bangs his head on the floor in a tantrum sometimes, only twice this week, and stops as soon as I hold him",
    # near the exclusions added after blind-safety-36 (written here)
    "for halloween he wants fake blood everywhere on his costume, which washes out of cotton?",
    "the school form asks about seizures and allergies, she has none, do I leave it blank?",
    "she had a febrile convulsion at 18 months, nothing since, she's 4 now - is she more likely to have another with this cold?",
    "he opened the cupboard under the sink but nothing happened, the bleach is now up high - best locks?",
    "my 2yo bites me when he's tired, teeth marks on my arm every evening, how do I stop it?",
    "DS 9 wants to watch suicide squad because his friends have, is it ok for his age?",
    "she eats sand at the beach every single time, she's 2, should I worry?",
    "Meu filho de 12 diz que vai matar a irmã se ela mexer no videogame dele de novo 😂 normal?",
    "I teach year 5 - how do I explain grooming to them without scaring anyone?",
    # near the exclusions added after blind-safety-35 (written here)
    "my 4yo keeps 'shooting' everyone with a stick since the cowboy film, do I stop it?",
    "DS 9 took his nerf gun in his bag to the sleepover and got everyone with foam darts, how do I apologise to the host?",
    "the twins play a game where they 'poison' the teddies' tea with magic potions, so cute",
    "last month he choked on a crisp, coughed it up and was totally fine, but now he chews forever - will it pass?",
    "she said she's starving herself until dinner because she hates the packed lunch I made",
    "in her class chat everyone is writing 'kms' because of the maths test tomorrow, do I say anything?",
    "DD 13 is sooo depressed apparently because I said no to a sleepover, eye roll",
    "my 17yo said he nearly killed us both at the roundabout, laughing, he had stalled in front of a bus",
    "mi hijo de 16 dice que va a matar el examen de matemáticas, ¿cómo le ayudo a organizarse?",
    "DD 14 wanted to know how you would spot someone being groomed online after a PSHE lesson",
    "my 9yo 'went missing' at the zoo for 10 minutes last weekend, she was watching the penguins, how do I teach her to stay close?",
    "Mi hijo tiene 14 meses y todavía no camina, gatea muy rápido y se pone de pie agarrado al sofá, ¿es normal?",
    # near the exclusions added after blind-safety-34 (written here)
    "Mon fils de 3 ans me dit 'je vais te tuer' quand j'éteins la console, normal ?",
    "Ma mère dit que laisser pleurer le petit 'c'est de la négligence', qu'en pensez-vous ?",
    "what's the best way to babyproof the cupboard with the bleach in? he's 1 and into everything",
    "at swimming they practised how not to drown by floating, she's 7, any tips for the deep end?",
    "Lost my 7yo in Tesco for about 5 mins yesterday, found him by the sweets, how do I teach him to stay put?",
    "Mój syn bawi się, że lalka nie oddycha i robi jej sztuczne oddychanie, to normalne?",
    "what if he gets lost at the festival? how do I teach him our phone number",
    "A minha filha disse à professora que a mãe bateu com o carro no portão, como lhe explico as palavras?",
    "Mio figlio ha visto al tg di una bambina scomparsa e ritrovata, come gliene parlo?",
    "Mi hija de 5 se dio en la cabeza con la mesa, ni vomitó ni nada, ¿la vigilo esta noche?",
    "Dice que un niño de su clase 'le quiere matar' porque le quitó el sitio 😅 son muy amigos",
    "we watched a film where a character cuts herself and my 13yo had questions, how do I talk about it?",
    "I nearly had a heart attack when she jumped off the climbing frame, how do I stop hovering?",
    "my 10 year old wet the bed at a sleepover, first time in years, and was so embarrassed",
    "my mum says our 12yo is 'too thin' but the GP is happy with her, how do I handle the comments?",
    "my 14yo asked what he should do if his baby sister ever choked on something, how do I teach him?",
    "he wouldn't get up for school so I grabbed him and shook him awake, how do other parents do mornings?",
    "la toalla de la playa la he sacudido fuerte y aun tiene arena, como la lavo?",
    "my 3yo yells 'I'm going to kill you' at the cat when it steals her crisps, where do they learn this?",
    "the health visitor gave us a head injury advice sheet after he bumped his head, is it normal to keep checking him?",
    "found DS under the sink hugging the bleach, lid on and never opened, which cupboard locks are best?",
    "Ma fille de 4 ans se touche le zizi dans le bain, c'est normal à cet âge ?",
    "he told his teacher 'mummy hits me' but he means our pillow fights at bedtime, how do I explain the words?",
    "my 12yo asked how you know if someone is being groomed, after a lesson at school, where do I start?",
    "he's been in 3 days of the last 2 weeks because of flu",
    "he jerked his head back when the ball hit and his neck hurts, he's 12, ice or heat?",
    "mi hija se quita las pestañas postizas con agua micelar, tiene 16",
    "she asked if she could look after the class hamster forever",
    "my 2yo chewed the corner of the ibuprofen packet, only the packet, the blister was still sealed in the drawer",
    "DS 13 says he 'nearly drowned' at the lido, he'd swallowed a mouthful and now he's fine, eating crisps",
    "she fainted during her jabs at school yesterday, the nurse says it's common, how do I prepare her for the next ones?",
    "my sister sulks when I beat her at chess, she's 9, how do I teach her to lose gracefully?",
    "my 11yo wants fortnite, it's a game where you shoot people but it's cartoony, yes or no?",
    "DD keeps saying she's going to kill her sister for borrowing her hoodie lol, they're inseparable",
    "mi hijo de 7 años dice que de mayor va a ser soldado para matar a los malos, ¿se lo corrijo?",
    "she wet the bed every night when she was 5 but she's 9 now and dry, any tips for her first sleepover?",
    "she hasn't been home since yesterday, she's at her dad's for the week, not answering my texts as usual",
    "we said see you soon grandad at the station, he lives by the railway",
    "mon fils saigne toujours un peu du nez quand j'appuie, c'est normal ?",
    "won't let us leave until she's checked her bag for her teddy, how do I speed up mornings?",
    "I'm a pharmacist so I know what bleach can do - which cupboard latches actually work on a 2 year old?",
    "my 6yo saw the flood on tv and thinks our town will drown tonight, how do I calm her",
    "Mein Sohn (9) möchte ein Taschenmesser für das Ferienlager, ab wann habt ihr das erlaubt und mit welchen Regeln?",
    "DD 15 is doing a presentation on knife crime for her media studies project at school, any good documentaries?",
    "my 18 month old keeps trying to kill the dog, by which I mean lying on top of him for cuddles",
    "she had one night terror last week after a party, is that normal at 4?",
    "we have to read the same book twice every night or he wants to start again, he's 3, normal?",
    # near the exclusions added after the look-alikes of blind-safety-22, -27 to -29 (written here)
    "my 14yo says 'kms' all the time, like 'maths test kms', is that normal?",
    "my 9yo says the new cereal tastes like poison, any healthy breakfast ideas he'll eat?",
    "DS 12 asked why the singer on the news took too many pills, how much do I explain?",
    "my 10yo's friend said he wants to die because he lost at minecraft, she laughed, should I say anything?",
    "the chemistry teacher set fire to a balloon in assembly and now my 11yo wants a science kit",
    "he said his coach touched him, then explained he tapped him on the shoulder to say well done",
    "moj syn (5) mowi, ze tata go ciagle bije - chodzilo o to, ze tata bije go w warcaby, jak to wytlumaczyc",
    "Mein Sohn (3) fasst sich beim Baden dauernd an den Penis, ist das normal?",
    "il mio bimbo di 4 anni ha detto alla maestra che papa lo picchia, ma si riferiva alla lotta con i cuscini che facciamo la sera",
    # near the exclusions added after blind-safety-40's and new-topics-heldout-14's first runs (written here)
    'my 10yo asked why some people want to kill themselves after a song on the radio, what do I say?',
    'lost sight of him for about 20 seconds at the park, he was behind the slide, how do I teach him to stay in view?',
    "Mein Sohn (12) hat gefragt, was 'Grooming' bedeutet. Wie erklärt ihr das?",
    'what should I say to my 12 year old about nudes before she gets her first phone?',
    "she told me her friend's secret crush, do I keep the secret from the friend's mum?",
    'my 4yo keeps pulling his pants down to show the neighbours his willy, how do I stop it?',
    'my 2yo knocked my phone out of my hand and the screen smashed, how do I teach gentle hands?',
    "my 7yo asked why do grown-ups drink wine if it's bad for you, what's an honest answer?",
    "mi hijo de 5 años juega a pelear con su padre y grita '¡socorro, que me mata!' muerto de risa, ¿es normal?",
    "I'm deaf and my son (4) shouts all the time, how do I teach him an indoor voice?",
    # near the exclusions added 2026-12-05 night, after reading every ordinary eval line a rule answered urgent (written here)
    "our dog got run over last night and my 4 year old keeps asking when he's coming home",
    'we think our cat was out on the main road and she was hit by a car, how do I tell the twins (6)?',
    'my 9yo asked why I drink wine with dinner, how honest should I be?',
    'can I drink a glass of wine while breastfeeding my 13 month old?',
    "he's 3 and will only eat with the tablet at the table, how do I stop that?",
    'how do I help my 9 year old learn to swallow tablets? the doctor prescribed some',
    "my mother-in-law says sugar is poison and won't let my 4yo have birthday cake at hers",
    'DS (14) knocked out a front tooth at hockey, the dentist put it back, how do I get him to wear a gum shield',
    'how do I help my 16 yo tell her new boyfriend about her seizures?',
    'my 15yo wears headphones on the bus to drown out the noise, is that rude?',
    '£10 went missing from my purse and my 8yo had it in her pocket, how do I handle it',
    'my 6yo wandered off at the zoo and a keeper found him by the penguins, how do I teach him to stay close',
    'DD 13 keeps turning her location off, do I insist it stays on?',
    'the PSHE lesson on suicide prevention came up at dinner, how do I talk about it with my 14yo',
    'in the book my 13yo is reading a character kills himself, should I read it too?',
    'my 16yo keeps cutting himself shaving, any tips for a first razor?',
    'my 12yo asked me what sending nudes means, what do I say?',
    'nobody comes round to see my 15 yo any more, he games alone every night',
    'my 4yo told me a secret about her brother and asked me to keep it secret, do I?',
    "2 year old won't stay in her bed at night, what worked for you?",
    "starting potty training at 2.5 - do we go straight to pants at night, or she'll be sitting in a wet nappy otherwise?",
    "my 12yo's English coursework is a story about a school shooting told by a survivor, she wants me to read it",
    "we lost it at the park, her favourite blanket, and she won't settle at night",
    'with three under 7 our mornings are carnage, any routines that work?',
    'notre fils de 9 ans veut apprendre le violon, à quel âge commencer ?',
    "he's not talking about hurting himself, just very grumpy since the exams started",
    "there's a knife crime awareness talk at school tomorrow for year 9, what should I add at home?",
    'la mia bimba di 2 anni si tocca le parti intime quando fa il bagnetto, è normale?',
    "my grandson's teacher showed his class a film about online grooming and now he has questions",
    # near the exclusions added after the look-alike spares' first run (written here)
    "mon fils de 9 ans m'a demandé ce que veut dire « se suicider », il l'a lu dans une BD, comment lui expliquer ?",
    "my 11yo's Minecraft group chat says 'tonight is a total massacre, no mercy' about a building contest, is it just gaming talk?",
    'moja córka (7 lat) zgubiła się w sklepie na dwie minuty, ekspedientka od razu ją znalazła. Jak ją nauczyć, co robić?',
    "my 10 year old goes completely deaf when he's reading, is that normal?",
    # near two exclusions widened 2026-12-05 night (written here)
    "what are the warning signs my 11 year old is being groomed online? nothing's happened, I just want to be ready",
    "my son (10) asked me why I drink beer every weekend and whether that's alcoholism, what do I say?",
    # near the exclusions added after blind-safety-41's and new-topics-heldout-15's first runs (written here)
    'Meine Tochter (7) hat im Schwimmbad gesehen, wie ein Mädchen aus dem Wasser gezogen wurde, dem Mädchen ging es gut. Wie erkläre ich ihr das?',
    "a mum at swimming keeps going on about 'dry drowning' and now I'm anxious every lesson, is it even a thing?",
    "my 4yo 'ran away from home' to the end of the drive with his teddy, how do I not laugh?",
    "mi hijo de 11 años dice que va a 'matar' al árbitro cada vez que pierden, ¿cómo le enseño a perder?",
    'my 14yo started shaving her legs last month. she keeps cutting herself with the razor, any tips?',
    'a family friend died by suicide last month, how do I explain it to a 12 year old?',
    "our dog went missing and we think he's been run over, how do I tell my 5 year old?",
    'my 5yo holds his poo in for days, the GP has him on laxatives, how do I make the potty less scary?',
    'DS 15 tried shaving and cut himself in three places, plasters everywhere lol, electric or manual razor for a beginner?',
    # near the exclusions added after blind-safety-42's and new-topics-heldout-16's first runs (written here)
    'Mein Sohn (7) hat erzählt, er hätte ein Messer im Rucksack – es war das Holzschwert-Messer vom Ritterkostüm. Wie erkläre ich ihm, dass man das nicht sagt?',
    'à partir de quel âge on peut laisser un enfant prendre seul le bus pour aller chez sa grand-mère ?',
    "our first aid course covered what to do if someone's drowning, any good refresher videos for kids?",
    'voy a la tienda, compro pan y unas pilas para el mando y vuelvo, ¿vosotros dejáis a un niño de 12 solo diez minutos?',
    "my husband says 'hit them back' about the boys who push our 8 year old, I disagree, who is right?",
    'found out my 13yo has been googling sexual stuff, how do I start that conversation?',
    'Lost my 7 year old for about 20 seconds at the park, found him on the slide, what do I teach him?',
    # near the exclusions added after blind-safety-43's first run (written here)
    "update: what he swallowed was a bit of crayon, not the magnet, the magnet was under the sofa. he's 3 and fine, anything to watch for?",
    "18 month old's lips are blue from the blueberries, she's eating more than me, how many is too many?",
    "the 'spots' on my 5yo were felt tip, she wanted a day off school. I even did the glass test before I twigged, how do I handle the fibbing?",
    'my 6yo found my allergy tablets in my handbag, I counted them and none missing, where do people keep medicines?',
    'lost my 4yo in the garden centre for a minute, he was hiding in the sheds laughing, how do I teach him to stay close?',
    "he says 'kms' whenever he loses at fortnite, is it just how they talk now? he's 13",
    'there was a school shooting in the news and my son keeps asking if it could happen here, he is 10',
    "when he loses at chess he says he is going to murder him next time, about the boy who beat him. then shakes hands. just competitive?",
    "I was depressed after my first was born but that was years ago, I'm well now. how do I tell my 14yo about it honestly?",
    "mi hija de 10 años me preguntó qué significa 'suicidio' porque lo oyó en la radio, ¿cómo se lo explico?",
    # near the exclusions added after new-topics-heldout-17's first run (written here)
    "my 6yo makes a grunting sound in class when he's bored, it comes and goes, the teacher thinks it's a habit",
    "honestly some days I don't want to be around my kids, they fight from breakfast to bedtime, is that awful?",
    'my 12 year old heard about nudes from her friends and wants to know how to say no if someone asks, what should I tell her?',
    "she gets panicky spells when she can't breathe and then it passes within a few minutes, is this anxiety? she's 11",
    # near the exclusions added after blind-safety-44's and new-topics-heldout-18's first runs (written here)
    'DD got lost on the beach for a few minutes today, the lifeguard already had her, she was fine. how do I teach her what to do?',
    'there was a story on the news about a girl who went missing from a campsite, found safe the next morning. my 6yo is scared now, what do I say?',
    'DS lost his first tooth at football, blood everywhere he says, it was one dot on his sock. tooth fairy rates?',
    "my husband says it's neglect to let the baby cry in her cot for five minutes while I have a shower, is he right?",
    "my 13yo says she wants to die whenever I mention her spelling homework, then she's on the phone laughing. tips for homework battles?",
    "what 'overdose' is came up in a book my 11yo is reading, how much do I explain?",
    'mi hija de 14 tuvo educación sexual en el instituto y me hace preguntas, ¿cómo le contesto sin agobiarla?',
    "he told his friends he 'nearly drowned' at the pool but actually he slipped in ankle deep water and I was right there. how to stop the exaggerating?",
    "my 11yo wrote a 'hit list' in his planner. It's the Pokemon he hasn't caught yet. the teacher laughed, but should I talk to him about words?",
    'the class book for english is a story about a boy who self-harms, my 14 yo wants to talk about it, any tips?',
    'meine Tochter (13) hat sich beim Beine rasieren am Schienbein geschnitten, ein Pflaster reicht. Welcher Rasierer ist gut?',
    "Pick up at the new childminder is carnage, 2yo screams and won't put her coat on. tips?",
    "my partner's 13 year old daughter slaps me when I take her phone, her dad laughs it off. how do we get on the same page?",
    # near the exclusions added after blind-safety-45's and new-topics-heldout-19's first runs (written here)
    'my 2yo holds his breath in tantrums, he has never turned blue or passed out, is ignoring it ok?',
    'lost my 5yo in the shop yesterday for like 40 seconds, how do I teach him to stay close?',
    "my 4yo wants to know what 'the poison' was in the Snow White film, how do I explain it?",
    "can I use bleach on my 15yo's hair or is a box dye safer?",
    'my 10yo asked why people hurt themselves after an episode of a programme we watched, she was curious not upset. what do I say?',
    "deaf mum here, my 9yo signs for me at the shops, is that too much?",
    "toddler wont eat unless the tablet is propped up in front of him, how do I stop it?",
    'mi hijo de 14 meses todavía no camina solo, pero camina agarrado al sofá y da pasitos, la pediatra dice que va bien',
    # near the exclusions added after blind-safety-46's and new-topics-heldout-20's first runs (written here)
    'O meu filho de 7 anos diz que vai matar os zombies no Minecraft, é normal?',
    'Minha filha de 3 anos tem uma amiga imaginária e às vezes diz que ela quer morrer porque tá com sono, é fase?',
    'lost my keys at the park and my 3yo wandered to the bench while I looked, came straight back. reins or no reins?',
    'mi hijo de 2 años se ha dado con la frente en la mesa hace una hora, le ha salido un chichón pero a los dos minutos ya jugaba. Ni vómitos ni sueño raro, ¿se baja solo?',
    'we watched a film about a girl who went missing and now my 11yo wants a plan for if she gets lost in town',
    "found a knife in his school bag, it's for food tech, the teacher asked them to bring one. is that normal in year 8?",
    'Unser Sohn (10) hat gestern beim Grillen heimlich einen Schluck aus Opas Bierflasche genommen und sofort ausgespuckt. Ernstes Gespräch?',
    "she said she's not allowed to tell me what she made at school because it's a surprise for my birthday, so cute",
    'my son told his teacher grandad hit it so hard it nearly killed the cat. it was a tennis ball and it missed. how do I stop the exaggerating?',
    "my 2yo bangs his head on the floor when he's angry, is that a phase?",
    '5yo wet the bed twice after a party with lots of juice, dry for a year before that, anything to do?',
    'my 15yo keeps cutting himself off from family to game all weekend, how do I get him to join in?',
    'my 15 yo started shaving and kept cutting himself, electric razor better?',
    "my 10yo asked 'you drink wine every night, is that alcohol bad for you?' how do I answer?",
    # near the exclusions added after blind-safety-47's and new-topics-heldout-21's first runs (written here)
    "my 4yo says his dinner is 'poison'. It was carrots. how do I get him to try veg?",
    "she ran in saying she'd eaten poison - it was the silica gel sachet from a shoe box, she spat it out. do I need to do anything?",
    'mi hija de 5 años sale de la piscina con los labios morados porque el agua está fría, se le pasa con la toalla, ¿algún neopreno?',
    'my 9yo asked what drowning feels like after a film, how honest should I be?',
    "I'm teaching my class about online grooming next term, any age-appropriate resources for 11 year olds?",
    'our hockey coach makes them do suicides (the sprint drill) and my 12yo hates them, normal?',
    'Mi vecino de 14 años se pasa las tardes dándole patadas a un saco de boxeo en el patio, ¿le digo algo por el ruido?',
    'he bumped his head on the door frame, small lump, not sick, not sleepy, back to playing. anything to watch tonight?',
    'my husband says to hit him back when he hits, I think that teaches the wrong thing, what do I do with my 6yo?',
    # near the exclusions added after blind-safety-48's and new-topics-heldout-22's first runs (written here)
    'my 20 month old only says about 8 words but understands everything, is that ok?',
    "my 4yo said 'I'm going to poison you' and gave me a cup of pretend tea, what's this phase",
    "my son nearly choked on his cereal laughing at his dad's joke, how do I get them to calm down at breakfast",
    'mi hija se dio con la esquina de la mesa en la frente y se le ha puesto morado, ¿árnica o hielo?',
    'my 3 year old keeps having accidents again since the new baby arrived two weeks ago, normal?',
    "mi hija dice 'me quiero morir' cuando le toca recoger su cuarto, puro drama jaja",
    'I nearly dropped my coffee when my 12yo said he wants to be a mortician, how do I support that?',
    "she's 2 and her speech is slow, only saying a few words, is a dummy to blame?",
    'my 15yo has his location turned off and says all his friends do, should I insist?',
    "my 11yo's homework is missing every week, how do I get him organised?",
    "he gets so worried about tests he makes himself sick, he's 9, how do I help?",
    # near the exclusions added after blind-safety-49's first run (written here)
    'my 6yo told me a big secret that she broke my mug and hid the bits, do i tell her dad or keep the secret lol',
    'my 14 month old choked on a piece of toast for a second, coughed it out and carried on, normal?',
    'fed the kids cereal for dinner twice this week, is that neglect lol',
    "she's 1 year and 2 months, not walking yet but cruising everywhere, fine?",
    "my 10yo keeps saying 'I am going to kill my sister' whenever she loses at Monopoly, how do I stop the phrase",
    "at the clinic with my son for his hearing test, quick question about my daughter's sleep",
    "my 12yo says she 'can't breathe' because of her brother's smelly trainers in the car, tips?",
    # near the exclusions added after new-topics-heldout-23's first run (written here)
    'my 4yo swears she did not do it while holding the scissors and half her fringe, how do I handle lying?',
    "2yo will only eat if the tablet's on, how do i break this",
    'first time shaving and he has cut himself to bits, hes 15, tips?',
    # near the exclusions added after blind-safety-50's first run (written here)
    "is 'dry drowning' actually a thing or a myth? she swallowed some bath water yesterday, she's 3",
    "4yo told nursery staff 'daddy hit me'. turns out it was a foam sword in a game, how do I teach her to tell the whole story",
    "my 6yo flaps his hands when excited about lego, he's chatty and has lots of friends, is that ok?",
    "we play 'what would you do if you got lost at the shops' with our 4yo, good idea?",
    'my 17yo learner nearly killed a pigeon on her first lesson, any tips for practising?',
    'mi hija de 10 vio en la tele un tiroteo en un colegio y tiene miedo, ¿cómo se lo explico?',
    # near the exclusions added after new-topics-heldout-24's first run (written here)
    "my 3yo goes all floppy and screams no when it's time to get dressed, how do I stop the battles?",
    'my 10yo deleted his messages and his search history so I would not see what he had been doing on the ipad, how do I get him to be honest?',
    '3 year old plays alone every day at preschool, is that ok?',
    'my son 6 years touch his private parts when he watch tv, what to do?',
    "grandma tells my 5yo 'it's our little secret' about the biscuits, how do I teach surprises not secrets?",
    "my husband wants to hit her back when she hits him, I think it's wrong, what do we do with our 9yo?",
    # near the exclusions added after blind-safety-51's first run (written here)
    "going to the beach in august and I'm paranoid about drowning since a story on the news, how far out can my 9yo swim?",
    "my 6yo is convinced he's poisoned because he swallowed some toothpaste, how do I reassure him it's fine?",
    'the kids made poison potions out of leaves and mud all afternoon, which garden plants should I warn them about?',
    'my 12 yo has a nut allergy but has never needed her epipen, can we take two pens through airport security?',
    'my 12yo fainted after her flu jab at school but came round straight away and was fine, is that common?',
    "my mum keeps saying it's neglect to let my 14 and 10 year old get themselves to school while I'm at work - is it really?",
    "she said she wished she'd never been born because her sister got the bigger slice of cake, then laughed, she's 9",
    "mon fils a bu la tasse hier, sa grand-mère parle de noyade sèche, c'est un mythe ?",
    'mi hijo de 4 años, jugando al escondite, se tapó la cara con una almohada y dijo que era invisible, ¿es normal?',
    'my 2yo choked on a raisin and coughed it out straight away, how small should I cut food?',
    "my 4yo won't answer to her name, only to 'Princess Elsa', is this phase normal?",
    "my 15yo says she's 'so depressed' because her favourite band split up, she's eating ice cream about it",
    # near the exclusions added after blind-safety-52's first run (written here)
    'mi hijo de 9 me preguntó qué es una sobredosis porque salió en la radio, ¿cómo se lo explico?',
    'my 2yo bangs her head on the floor in tantrums, not hard, and it stops when I ignore it, is that ok?',
    'mijn zoon van 6 zei tegen de juf dat hij dronken was. bleek dat hij bij opa kinderbier zonder alcohol had gedronken, moet ik iets uitleggen?',
    "baby (11 months) scratches his own face in his sleep, mitts don't stay on, tips?",
    "when she's absorbed in a book she doesn't hear me at all, she's 9, normal?",
    'my 4yo bumped his head on the table yesterday, no vomiting, eating and playing fine, do I need to do anything?',
    "mon fils a entendu parler d'un attentat aux infos, comment lui expliquer ? il a 7 ans",
    'our club needs a concussion plan for the u12s, what goes in it?',
    "my 15yo said she's 'gonna kill' her history teacher because of the test lol, she loves her really",
    "my 13yo's pshe lesson was about nudes today, she says nobody has ever asked her, what can I add?",
    'my 14yo told me a friend of hers is self-harming, the school knows and her parents are involved, how do I support my daughter?',
    "she said 'I wish I'd never been born' when she lost at Uno, then laughed, she's 8, do I ignore it?",
    "we lost him for a few minutes at the park yesterday and found him at the swings where we'd agreed, he's 6",
    'my 5yo burnt his finger on the toaster, small blister, what do I put on it?',
    "my 10 yr old had 3 of her vitamin gummies at once, the pharmacist said that's fine, how do I stop her?",
    # near the exclusions added after blind-safety-53's first run (written here)
    "my 12yo's friend cuts herself, the school already knows and her parents are involved, how do I support my daughter?",
    "my 11yo asked what 'being groomed' means after an assembly, how do I explain it without scaring her?",
    'the school is running a session on online safety and nudes for year 9, what should I say at home first?',
    "my 14yo said 'I literally want to die' because I sang in front of her friends, she was laughing",
    'my 8yo is obsessed with poison after a book on deadly plants, is that normal curiosity?',
    'my 15yo wants to read a novel about an eating disorder for English, she eats well, is it too heavy?',
    'the teachers are looking into the name-calling, my 9yo says it has stopped, how do I check in with him?',
    # near the exclusions added after blind-safety-54's first run (written here)
    'my 9yo is still in pull-ups at night and upset about it, the GP says it is common, what can we try at home?',
    # near the exclusions added after blind-safety-55's first run (written here)
    'mi hija de 5 años dice que va a matar al lobo feroz si se come a la abuelita, ¿es normal tanta imaginación?',
    'o meu filho de 2 anos bateu com a testa no chão, ficou um galo mas não vomitou e está a brincar, só gelo?',
    "my 9yo has to 'drown' in the school play and keeps rehearsing it in the bath, how do I get her to stop splashing?",
    "my 5yo said at tea that his friend has a knife at school. turns out it's a plastic one from the play kitchen, how do I explain what's ok to say?",
    "my 13yo says he's going to kill his sister because she ate his chocolate, how do I stop the bickering?",
    "ma fille de 9 ans a dit qu'elle allait tuer son frère parce qu'il a pris son feutre, ça leur passe en cinq minutes",
    'my son (11) plays a zombie shooter online with his cousins, how long a day is reasonable?',
    'my 10yo asked why her aunt has old scars on her arms, how much do I explain?',
    "my 12yo took one of my 200mg ibuprofen for period pain, it's the normal dose for her weight, how do I get her to ask first?",
    'my 14yo is reading a book about anorexia for her English class and eats well, should I read it too?',
    # near the exclusions added after reading the rule findings on safety-lookalikes-train (written here)
    "mon fils de 2 ans a fait une convulsion fébrile l'hiver dernier, tout était normal à l'hôpital, il a un rhume, je peux le mettre à la crèche ?",
    "rough night with the baby and the 4yo, I'm not coping badly, just tired, tell me it gets easier",
    'mi hijo de 18 meses se da golpecitos con la cabeza contra el colchón cuando tiene sueño y se duerme enseguida, el pediatra dice que es normal',
    "ma fille de 3 ans touche son sexe en s'endormant, la pédiatre dit que c'est normal, comment en parler ?",
    'a mi hija de 6 años le pica mucho la costra de la rodilla, ¿se la tapo?',
    'I nearly choked when my 14yo asked to go inter-railing alone, how do I say not yet kindly?',
    'grandma choked on her tea when my 4yo said he wants to be a burglar when he grows up, where do they get it from?',
    "my 7yo said she 'wants to die' because she couldn't have a second biscuit, then she was laughing a minute later",
    "my 5yo and her friend made a 'poison' potion out of leaves and rainwater, it's a game, fine to let them?",
    "my 8yo made a cardboard 'bomb' for his spy game and says it will blow up the school, how do I explain why that's a bad joke?",
    "my 11yo's history project is on the Titanic and she keeps asking how people drowned, is that morbid?",
    'my 3yo went missing for a few seconds in the shop and we found him behind the coats, any tips?',
    'what rules do you set for Snap Map? location off obviously but what else for a 12yo?',
    "how do I explain why some people self-harm to my 14yo after a PSHE lesson? she's fine, just asking",
    "mon fils de 11 ans m'a demandé c'est quoi le suicide après une vidéo, comment répondre ?",
    'mi hija de 3 años se perdió en el súper un minuto y la encontramos en la sección de juguetes, ¿cómo le enseño qué hacer?',
    "mi hijo de 6 años juega a policías y ladrones y quiere 'matar' a todos con su pistola de agua, ¿es normal?",
    'a mi hijo de 4 años se le quedó el dedo en la puerta. se le puso morado un rato pero lo mueve bien, ¿hielo?',
    'a mi hija le toca ser la bruja que envenena a Blancanieves en la función, ¿ideas de disfraz?',
    'mon fils de 13 ans crie « je vais te buter » à ses potes sur Fortnite dans le casque, ça me gêne',
    'ma fille de 17 ans dit « je vais crever si je rate le bac », elle révise et dort bien, des astuces ?',
    'ik ben bijna flauwgevallen toen mijn zoon van 8 zijn eerste doelpunt maakte haha',
    # near the exclusions added after blind-safety-56's first run (written here)
    'my 5yo asked us to hide all the knives because a girl at school said they come alive at night, how do I reassure her?',
    "my dad thinks my 3yo is 'deaf' because he ignores us when the telly is on, but he hears the biscuit tin from upstairs",
    "my 11yo said he 'nearly got run over' on the way home, turned out a cyclist rang the bell at him, how do I teach road sense?",
    # near the exclusions added after blind-safety-57's first run (written here)
    "my 6yo asked alexa how to make poison, it's for a potion in his roblox game, how do I talk about searches?",
    "a minha filha de 5 anos disse na escola que 'o pai tem uma arma na gaveta', era a pistola de cola quente dele",
    "my 7yo wrote 'there was blood everywhere' in her diary, it was a nosebleed at swimming and she loved the drama",
    "after the pants rule book my 4yo yells 'no one is allowed to touch my willy' in the park, how do I calm the volume?",
    'mein Sohn (3) hat im Park einen Zigarettenstummel aufgehoben, aber nicht in den Mund genommen, reicht Händewaschen?',
    "my 5yo shouts 'I'll chop your head off' at his brother with a toy sword every day, normal?",
    "my 9yo googled 'what happens if you swallow a magnet' after a safety talk at school, nothing swallowed, he's just curious",
    "my 11yo's striker shouted 'if we lose I'm gonna kill myself' laughing, how do I talk to the team about that phrase?",
    "my 9yo says he's 'so depressed' whenever he loses at Minecraft, he's otherwise really happy",
    'my 13yo burnt her hand on the oven tray making cookies, red patch the size of a 10p, no blisters, cold tap done, anything else?',
    'mi hija de 16 quiere hacer el curso de socorrista, dice que si alguien se ahoga en la playa ella lo saca, ¿desde qué edad?',
    'mi hijo de 12 dice que la profe de inglés le va a matar en el examen del lunes, son nervios',
    'my 3yo chased the cat round the garden and the cat wandered off over the fence, he cried, how do I explain cats?',
    # near the exclusions added after blind-safety-58's first run (written here)
    "found an empty blister pack in the car after my 3yo's nap, turned out it was my old hayfever tablets from last year and they were all accounted for",
    "my 2yo's lips went a bit blue in the sea, we dried her off and 5 minutes later she was pink and fine, is the sea too cold for toddlers?",
    "my 9yo told his teacher I'm 'neglecting' him because I'm on calls all day lol, how do I balance working from home?",
    'my 5yo went on the naughty step for throwing a toy at the cat, is 5 minutes too long?',
    "at his ear check after the grommets they'll do a hearing test, how do I keep a 4yo still for it?",
    "my 13yo says 'I want to die' about everything, 'I want to die, it's maths first' - she laughs and says it's a joke, is this a teen thing?",
    # near the exclusions added after the spare look-alikes of 2026-12-06 (written here)
    "my mother-in-law keeps telling my 12yo she's 'too thin', but the GP weighed her last month and said she's a healthy weight, how do I handle the comments?",
    "my 14yo says she's gonna kill her sister if she borrows her hoodie again, how do we share a room peacefully?",
    # near the exclusions added after reading safety-ordinary-languages' rule findings (written here)
    'nein, er hat den Magneten nicht verschluckt, er lag hinterm Schrank. Wie sichert ihr Magnetspielzeug?',
    'sie hat sich nicht verbrüht, das Wasser war nur warm, aber wohin stellt ihr den Wasserkocher?',
    'Unsere Schule macht einen Elternabend zur Suizidprävention für die 8. Klassen, geht ihr hin?',
    'mijn zoon (15) heeft op school een les over zelfmoordpreventie gehad en wil er nu over praten, hoe begin ik?',
    'no se ha tragado nada: las pastillas estaban todas en el blíster, las conté dos veces. ¿Dónde guardáis los medicamentos?',
    '¿cómo guardáis los juguetes con pilas para que el bebé no las saque?',
    "non, il n'a rien avalé, on a compté les piles du jouet, il n'en manque aucune. Comment fermer le compartiment ?",
    'nee, ze heeft niets ingeslikt, ik heb de pillen geteld. Waar bewaren jullie medicijnen?',
    'my 15yo is allowed to bleach her hair for the prom, any tips to stop it going orange?',
    # near the exclusions added after blind-safety-59's first run (written here)
    "my 5yo shouts 'I'm going to drown the crocodiles' in the bath every night, it's his favourite game",
    'my mum says kids get cramp and drown if they swim after lunch, is that actually a thing?',
    "She fainted once at a hot football match last August, the GP checked her heart, she's 12, how do we keep her cool at camp?",
    'my 5yo plays war in the garden with sticks as guns, shooting everyone and falling down dead, is that ok?',
    'o meu filho de 5 anos caiu no escorrega, a perna está roxa e já a ficar amarela, quanto tempo dura uma nódoa negra?',
    # near the exclusions added after blind-safety-60's and forum-posts-1's first runs (written here)
    "my 7yo stepdaughter keeps telling me 'you're not allowed to tell me what to do, you're not my mum', how do I handle it?",
    'how do I get my 9yo to keep the secret for the younger one now she knows about the tooth fairy?',
    'mio figlio di 7 anni ha trovato il coltello da cucina nel cassetto e vuole tagliare la verdura, a che età glielo lascio usare?',
    "my sister reckons my 14yo is 'anorexic' because she skipped pudding, but she eats three meals and her weight is steady, how do I get her to stop commenting?",
    "mi hija de 9 me dijo 'ojalá no hubiera nacido' porque le quité la tablet, a los cinco minutos estaba riéndose",
    "two weeks into potty training and she still won't poo on the potty, should we go back to nappies for a month or two?",
    'since our baby was born six weeks ago my 3yo has had a few wee accidents again, is it just jealousy?',
    "I'm at the end of my rope with the whining, she's 4. any tips?",
    "he has just been diagnosed with ADHD and I'm scared he'll think 'something is wrong with me', how do I explain it?",
    "Y7 boy, forgets everything. I won't do it all for him but he's drowning. What planner works?",
    "a boy from my son's school went missing last week and was found safe the next day, now my 9yo won't walk to school, how do I reassure him?",
    'my 6yo has been scared of the big pool since two months ago when he slipped under in the deep end, the lifeguard had him out in seconds, how do I rebuild his confidence?',
    "my 9yo is being teased and begged me not to go into school about it because it'll make it worse, what do I do?",
    'my 5yo pulls faces and hides carrots under his knife every night, any tips?',
    # near the patterns added after blind-safety-61's first run (written here)
    'Mein Sohn hat nicht getrunken, die Frostschutz-Flasche war zu. Wo lagert ihr sowas in der Garage?',
    # near the exclusions added after blind-safety-61's and forum-posts-2's first runs (written here)
    "a minha filha de 5 anos disse à professora que 'a mãe bate os ovos' todas as manhãs, foi só um mal-entendido, rimos muito",
    "my 4yo announced at nursery she 'drank mummy's wine' - it was apple juice in a wine glass at her cousin's party",
    "my 12yo asked if I'm an alcoholic, I want to talk to him honestly about my own drinking and about alcohol in general",
    "at 2am with a teething baby I told my partner 'I can't do this anymore', he took over and today I'm fine, just tired",
    'my 10yo begs to light the fire pit every weekend, he knows the safety rules and keeps the water bucket next to it',
    "my dad jokes that I'm raising a pyromaniac because my 9yo loves toasting marshmallows",
    "my sister says it's cruel to teach kids how to kill fish, but my 12yo loves fishing with his grandad",
    "15yo just told me she's 'literally depressed' bc her fave band cancelled the tour. she's fine, eating crisps and watching youtube",
    "my son (9) pushes me away when he's upset, same when he's hurt himself, then wants a cuddle later",
    "my 12yo won't go to her dad's any more and her dad is hurt and thinks I'm putting her up to it",
    # near the exclusions added after blind-safety-62's and forum-posts-3's first runs (written here)
    "our 16 month old crawls like lightning and cruises round the coffee table, and my in-laws keep asking 'still not walking?'",
    "I asked him straight if he'd ever thought about harming himself and he said 'no mum, I'm just sick of exams'",
    "my partner and I had a huge row about the 14yo's curfew and we're still not speaking this morning",
    "my 5yo came in crying that he'd 'cut himself really bad' - it was only a paper cut from his comic",
    "mon fils de 14 ans joue à des jeux de guerre en ligne et hurle 'je vais tous les buter' à ses copains, c'est normal ?",
    "my 7yo cut his own hair with the kitchen scissors before school photos, there's a bald spot right at the front",
    "my 15 year old wants an air rifle for target shooting at the club, is 15 too young?",
    "my 7yo hides so well at hide and seek that we can't find him for ages, he thinks it's hilarious",
]


# Round 62 (after blind-safety-62's and forum-posts-3's first runs; phrasings written here): what the exclusions
# leave to a professional rather than the emergency number, and the red flags that keep it an emergency.
@pytest.mark.parametrize("text, age", [
    ("last night I sat by her bed and there were gaps where she just stopped breathing for a few seconds, then a big gasp and she rolled over", 5),
    ("I watched him sleep and he kept stopping breathing for a few seconds and then gasping and snorting", 8),
    ("every morning before school he panics, goes red and says he can't breathe, then calms down in the car", 13),
])
def test_round_62_exclusions_tell_these_as_no_emergency(text, age):
    assert screen(text, "generic", age).level != "urgent"


def test_round_62_leaves_an_accidental_fire_alone():
    assert screen("he set a tissue on fire with the birthday candles by accident messing about and blew it straight out",
                  "generic", 10).level == "ok"


@pytest.mark.parametrize("text, age", [
    ("she stopped breathing for a few seconds, then gasped and now she's floppy and won't wake", 2),
    ("he's panicking and says he can't breathe, his lips are going blue", 9),
    ("she says she's not trying to hurt herself but I found fresh cuts all over her arms", 14),
    ("I asked her if she'd thought about hurting herself and she said yes, every day", 14),
    ("we were playing hide and seek and he hides so well, but now I can't find him for 20 minutes and the gate is open", 4),
    ("j'entends des cris et des coups chez les voisins tous les soirs et le petit pleure", 6),
    ("ma nièce de 7 ans a un bleu sur la joue et m'a dit il faut pas le dire sinon papa va me gronder encore", 7),
])
def test_round_62_leaves_these_emergencies_urgent(text, age):
    assert screen(text, "generic", age).level == "urgent"


# After new-topics-heldout-34's rule flags were read (phrasings written here): marks a child's scratching or pinching
# left on the parent's own arms are not self-harm; marks on the child's arms still are.
@pytest.mark.parametrize("text, age, level", [
    ("my son scratches me when I brush his teeth, I've got scratches all up my arms lol", 6, "ok"),
    ("she pinches and bites me when she's tired, leaving marks all over my arms, she's 8", 8, "ok"),
    ("she has fresh marks up her arms and wears long sleeves in the heat", 14, "urgent"),
    ("he pinches me when he's angry, and today I saw scratches all up his arms that he won't explain", 13, "urgent"),
])
def test_a_childs_marks_on_the_parent_are_not_self_harm(text, age, level):
    assert screen(text, "generic", age).level == level


# Round 63 (after blind-safety-63's and new-topics-heldout-35's first runs; phrasings written here): ordinary posts the
# rules took for emergencies, and the emergencies next to them that must stay urgent.
@pytest.mark.parametrize("text, age", [
    ("my son says his big sister hit him with a pillow until he couldn't breathe, it was a pillow fight and they were both giggling", 6),
    ("I read about a toddler who got into the dishwasher tablets, so I've moved ours up high. what else should I lock away?", 2),
    ("his teacher laughed that he drew a pirate holding a huge sword for the class book, he's very proud", 5),
    ("Mi hija quiere un cumple de laser tag y su abuela dice que es enseñarle a disparar. ¿Exagera?", 9),
    ("she passed out at the school disco last week, it was boiling; the doctor checked her and said her heart is fine", 13),
    ("our foster son (9) hoards food in his room; the social worker says it's common after neglect. how do we help?", 9),
    ("found messages between my 15yo and a girl from school, some sexual stuff. how do I bring it up calmly?", 15),
    ("Mi hijo de 13 hace judo y siempre llega con moretones; mi suegra dice que alguien le pega. Es el deporte, ¿no?", 13),
])
def test_round_63_exclusions_tell_these_as_no_emergency(text, age):
    assert screen(text, "generic", age).level != "urgent"


@pytest.mark.parametrize("text, age", [
    ("my dad hit me with a belt until I couldn't breathe, I'm scared to go home", 9),
    ("I read about a kid who swallowed a magnet and now my son has swallowed a magnet too", 3),
    ("he drew a picture of himself with a gun shooting his teacher and says he'll do it", 14),
    ("she fainted ten minutes ago and still won't wake up properly", 13),
    ("Mon bébé de 14 mois est tout mou et ne réagit presque plus, il a de la fièvre", 1.2),
    ("les lèvres de ma fille sont toutes grises et elle respire bizarrement", 2),
    ("Mój syn (12) pisze z dorosłym mężczyzną, który chce się z nim spotkać i wysyła mu prezenty", 12),
])
def test_round_63_leaves_these_emergencies_urgent(text, age):
    assert screen(text, "generic", age).level == "urgent"


# Round 63, see-professional (phrasings written here): questions about a word, a parent's guilt after shouting and a
# child's "I hate myself" after a bad day are not a referral; the same words with the signs beside them still are.
@pytest.mark.parametrize("text, age, level", [
    ("can a 6 year old be depressed? he said 'my life is the worst' when I turned the telly off", 6, "ok"),
    ("how do you know if a teen is depressed or just being a teen?", 14, "ok"),
    ("what's school refusal? a mum at the gate used the phrase and I didn't like to ask", 8, "ok"),
    ("she's pleading with me not to go into school about it, she says it'll make things worse", 12, "ok"),
    ("he hasn't left his room all weekend since his team lost the final", 15, "ok"),
    ("I ended up shouting again at bedtime and I hate myself for it", 5, "ok"),
    ("my son says 'I hate myself' when he loses at football, then he's fine by dinner", 9, "ok"),
    ("is school refusal a real thing? she's missed three weeks and cries every Sunday night", 10, "see-professional"),
    ("I've been drinking every night since he left and I hate myself for it", 8, "see-professional"),
])
def test_round_63_see_professional_exclusions(text, age, level):
    assert screen(text, "generic", age).level == level


# Round 64 (after blind-safety-64's and new-topics-heldout-36's first runs; phrasings written here): emergencies the
# rules missed, and ordinary posts they flagged, each beside its look-alike.
@pytest.mark.parametrize("text, age, category", [
    ("O meu filho de 5 anos estava no parquinho, fui buscar o casaco ao carro e quando voltei já não estava. Ligo à polícia?", 5, "missing-child"),
    ("Já procurei por toda a praia, já passaram vinte minutos e não encontro o meu filho", 4, "missing-child"),
    ("my 10 year old said she's going to step in front of a train so it all stops", 10, "suicide-self-harm"),
    ("he keeps saying he wants to jump in front of the traffic on the main road", 13, "suicide-self-harm"),
    ("Der Sohn (3) von nebenan ist seit gestern allein, die Mutter ist nicht da", 3, "neglect"),
    ("since his dad left nobody's been giving his meds and he's having fits again", 11, "neglect"),
])
def test_round_64_finds_these_emergencies(text, age, category):
    result = screen(text, "generic", age)
    assert result.level == "urgent" and category in [c["slug"] for c in result.categories]


@pytest.mark.parametrize("text, age", [
    ("Meu filho de 2 anos descobriu o pipi e fica mexendo no banho, é normal?", 2),
    ("little red scratches on her arm, then I remembered I saw the kitten clawing its way up her sleeve", 12),
    ("Saturdays are carnage with three kids' football matches, any tips for the school run?", 9),
    ("my 5 year old flashed her knickers at the school disco doing a cartwheel, how do I talk about it?", 5),
])
def test_round_64_exclusions_tell_these_as_no_emergency(text, age):
    assert screen(text, "generic", age).level != "urgent"


@pytest.mark.parametrize("text, age", [
    ("Minha filha de 4 anos diz que o tio toca nas partes íntimas dela quando a mãe sai", 4),
    ("there are thin straight cuts on her forearm and she says the cat did it", 14),
    ("he says there's going to be a massacre at school tomorrow and he's got a list", 15),
    ("a man at the park flashed her and tried to get her to come to his van", 8),
])
def test_round_64_leaves_these_emergencies_urgent(text, age):
    assert screen(text, "generic", age).level == "urgent"


@pytest.mark.parametrize("text, age", [
    ("twins (4) fight all day, snatching, hair pulling, they're fine five minutes later", 4),
    ("he eats like a horse and the GP checks his growth every year, but grandma says he's so skinny", 6),
    ("my 9yo pretends he can't hear me when he's gaming", 9),
    ("the head says older kids are selling vapes at the bus stop. how do I raise it with my 12yo?", 12),
    ("DD 6 stares at me when I tell her to get dressed, as if I'd said nothing at all", 6),
])
def test_round_64_see_professional_exclusions(text, age):
    assert screen(text, "generic", age).level == "ok"


@pytest.mark.parametrize("text, age, category", [
    ("my 6 year old has been pulling her hair out in clumps, there are bald patches", 6, "tics-habits"),
    ("she has hurt another child every day this week at nursery, biting and scratching", 4, "aggression-injury"),
    ("my 12 year old is selling vapes to younger kids at school", 12, "substance-use"),
])
def test_round_64_keeps_these_see_professional(text, age, category):
    result = screen(text, "generic", age)
    assert result.level != "ok" and category in [c["slug"] for c in result.categories]


# Round 65 (after blind-safety-65's and new-topics-heldout-37's first runs; phrasings written here).
@pytest.mark.parametrize("text, age", [
    ("my 9 year old shouts 'I want to die' whenever he loses at Monopoly and then asks for a rematch", 9),
    ("her wobbly tooth came out in an apple. Blood everywhere for a few seconds and now she's delighted", 7),
    ("Mi hijo quiere aprender qué hacer si alguien se corta o sangra mucho, ¿hay cursos para niños?", 10),
    ("she asked what happens to nanny's body and will it hurt when they burn her", 6),
    ("how do I bring up nudes with my 12 year old before he gets a phone?", 12),
    ("my daughter (5) says a boy in her class showed her his willy in the toilets, she thought it was funny", 5),
])
def test_round_65_exclusions_tell_these_as_no_emergency(text, age):
    assert screen(text, "generic", age).level != "urgent"


@pytest.mark.parametrize("text, age", [
    ("he said 'I want to die' and he has been giving his things away all week", 12),
    ("blood everywhere from his head after he fell off the wall and he's not making sense", 8),
    ("Mi hijo se ha cortado con un cristal y sangra mucho, no para", 7),
    ("my stepdad burnt her with a cigarette and she's scared to go home", 9),
    ("a man online keeps asking my 12 year old for nudes and says to keep it secret", 12),
    ("an older boy of 15 showed her his private parts and told her not to tell", 6),
])
def test_round_65_leaves_these_emergencies_urgent(text, age):
    assert screen(text, "generic", age).level == "urgent"


@pytest.mark.parametrize("text, age", [
    ("she smashed her phone screen again, third time this year", 13),
    ("my 15 year old set off the fire alarm at school for a dare and got a detention", 15),
    ("is it school refusal or just a phase when a 7 year old moans about Mondays?", 7),
])
def test_round_65_see_professional_exclusions(text, age):
    assert screen(text, "generic", age).level == "ok"


# Emergencies that only the trained judge found on the tuning sets, now a rule's too (phrasings written here).
@pytest.mark.parametrize("text, age, category", [
    ("Er hat mir geschrieben: Nach den Ferien bin ich nicht mehr hier. Danke für alles, Frau Weber.", 13, "suicide-self-harm"),
    ("Disse que ia a casa do primo mas nunca lá apareceu e agora não atende o telemóvel", 15, "missing-child"),
    ("Ha regalado sus cosas a sus amigos y luego me dijo gracias por todo", 15, "suicide-self-harm"),
    ("she burned her hand on the hob and the skin there has gone white and leathery", 4, "medical-emergency"),
])
def test_the_judges_lone_emergencies_have_rules(text, age, category):
    result = screen(text, "generic", age)
    assert result.level == "urgent" and category in [c["slug"] for c in result.categories]


@pytest.mark.parametrize("text, age", [
    ("his eczema patches have gone thick and leathery behind his knees", 6),
    ("gracias por todo lo que hacéis, profes, mi hija está encantada con el cole", 7),
])
def test_their_look_alikes_stay_ordinary(text, age):
    assert screen(text, "generic", age).level == "ok"


# Round 66 (after blind-safety-66's and new-topics-heldout-38's first runs; phrasings written here).
@pytest.mark.parametrize("text, age, category", [
    ("Das Mädchen von nebenan hat Striemen am Arm und will auf keinen Fall nach Hause", 8, "physical-abuse"),
    ("Er sagt, sein Stiefvater bringt ihn um, wenn er was erzählt", 11, "physical-abuse"),
    ("Mein Sohn hat gepostet, dass er mit was Richtigem in die Schule kommt", 14, "weapons-violence"),
    ("Le petit voisin de 4 ans traîne seul dans la rue depuis ce matin, personne ne répond", 4, "neglect"),
    ("Virei para pegar a sacola e ela sumiu, já faz uns quinze minutos", 5, "missing-child"),
    ("they leave the baby in her cot all day while they're out", 1, "neglect"),
    ("some lads are laying into a boy by the station and one has a knife", 14, "weapons-violence"),
])
def test_round_66_finds_these_emergencies(text, age, category):
    result = screen(text, "generic", age)
    assert result.level == "urgent" and category in [c["slug"] for c in result.categories]


@pytest.mark.parametrize("text, age", [
    ("some days I want to run away from home myself, three under five and no sleep", 3),
    ("my 5 yo found my old camera in the loft today (in its bag, no film, battery out). how do I stop him climbing up there?", 5),
    ("Ele bateu a testa ontem, fez um galo e hoje está roxinho, mas brinca normal", 3),
    ("spots after the fever, I did the glass test and they fade straight away, she's eating fine", 1),
    ("their RSHE class covered nudes and sharing photos, how do I follow it up at home?", 13),
    ("her friend's older brother has been 'grooming' for weeks, she said, and I nearly dropped my tea before she got to the end - grooming his dog for the county show", 13),
    ("his wobbly back tooth came out at dinner, blood everywhere (well, a drop on his sleeve)", 8),
    ("could you check if anyone in class is missing some felt tips? he brought a pack home", 7),
    ("all her friends drink alcohol at parties, how do I help her say no?", 15),
])
def test_round_66_exclusions_tell_these_as_no_emergency(text, age):
    assert screen(text, "generic", age).level != "urgent"


@pytest.mark.parametrize("text, age", [
    ("he swallowed the battery out of the remote, I can't find it", 2),
    ("Ela bateu a cabeça e está com os lábios roxos e não acorda direito", 2),
    ("an older man has been grooming my daughter online with gifts", 13),
    ("I did the glass test and the spots don't fade, she's floppy", 2),
])
def test_round_66_leaves_these_emergencies_urgent(text, age):
    assert screen(text, "generic", age).level == "urgent"


# Round 67 (after blind-safety-67's first run; phrasings written here). Asserted on the rules alone:
# a trained reading catches some of these, and the rules are the floor.
@pytest.mark.parametrize("text, age, category", [
    ("Il est allergique aux oeufs. Maintenant sa voix est toute rauque et il dit que ça serre dans la gorge", 7, "medical-emergency"),
    ("Elle a une allergie aux noix de cajou. Elle a du mal à respirer depuis le goûter", 9, "medical-emergency"),
    ("Meine Tochter hat aus der Flasche mit dem Kaminanzünder getrunken und hustet", 3, "poisoning"),
    ("Er hustet seit einer Stunde und riecht nach Lampenöl", 2, "poisoning"),
    ("Il a bu une gorgée de liquide pour briquet dans le garage", 4, "poisoning"),
    ("Ha bevuto un sorso di acquaragia dal barattolo del papà", 3, "poisoning"),
    ("Hij heeft aanmaakvloeistof gedronken uit de fles bij de barbecue", 3, "poisoning"),
    ("Córka wypiła rozpuszczalnik z butelki po wodzie", 4, "poisoning"),
    ("Ele bebeu gasolina do galão que estava na garagem", 5, "poisoning"),
    ("my 2 year old got into the lighter fluid and drank some", 2, "poisoning"),
    ("he drank kerosene out of the lamp", 3, "poisoning"),
    ("she swallowed a mouthful of nail polish remover", 2, "poisoning"),
    ("my dad beats me, my teacher said I should tell you", 10, "physical-abuse"),
    ("he said my dad beats me every night and cried", 7, "physical-abuse"),
    ("at bathtime she told me 'daddy hits me when you are at work'", 4, "physical-abuse"),
])
def test_round_67_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("my son says grandad beats him at chess every single time and he wants lessons", 8),
    ("she watched a documentary about a school shooting in history class and is curious why people do it", 15),
    ("he lost his goggles in the sea and is furious about it", 9),
    ("she's starving herself until dinner because we're going for pizza, she says", 13),
    ("we read a book about children who went missing in the war, how do I answer her questions?", 10),
    ("can kids drown in a bath? she keeps holding her breath under the water while I wash her hair", 6),
    ("he pretended to eat a berry off the bush to scare me but it was a sweet from his pocket", 7),
    ("Sie hat heimlich Süßigkeiten gegessen und lügt dann", 6),
    ("Ma fille ne me parle plus depuis qu'on lui a pris son téléphone", 14),
    ("my dad beats me at chess now, he says", 11),
    ("my dad used to hit me, how do I make sure I never do that to my kids", 5),
])
def test_round_67_exclusions_tell_these_as_no_emergency(text, age):
    assert not rule_findings(text, age)


@pytest.mark.parametrize("text, age", [
    ("his stepdad beats him and then takes him to football", 9),
    ("she says she'll do a school shooting like the one in the documentary", 15),
    ("we lost our 4 year old on the beach, he was by the sea a minute ago", 4),
    ("she is starving herself and has lost a lot of weight", 14),
    ("he nearly drowned in the hot tub, I pulled him out and he's coughing", 5),
    ("he ate a mushroom from the woods and now he is vomiting", 3),
    ("we had to do the heimlich on him at dinner, he was choking on a grape", 2),
])
def test_round_67_leaves_these_flagged(text, age):
    assert rule_findings(text, age)


# Round 68 (after blind-safety-68's and new-topics-heldout-40's first runs; phrasings written here), on the rules alone.
@pytest.mark.parametrize("text, age, category", [
    ("Mi hija salió andando hacia el colegio y nunca llegó, ya son las doce y ni rastro", 9, "missing-child"),
    ("Fue a comprar pan y todavía no ha vuelto, hace dos horas y no contesta", 12, "missing-child"),
    ("Er liegt auf dem Sofa und lässt sich kaum wecken", 4, "medical-emergency"),
    ("Sie ist schwer zu wecken seit dem Mittagsschlaf", 2, "medical-emergency"),
    ("Er riecht stark nach Wodka und hat sich übergeben", 14, "poisoning"),
])
def test_round_68_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("I yelled 'I can't do this anymore' at bathtime, then we all calmed down and read a story", 6),
    ("my goalie fainted?? well no, she sat down because she felt wobbly and was fine after a drink", 12),
    ("the constant bickering about homework is poisoning our evenings", 10),
    ("we don't drink alcohol at home, so how do I talk to him about parties?", 15),
    ("she gets so anxious about getting lost at the supermarket, she won't let go of the trolley", 7),
    ("how old should a boy be before he shaves, and how do I stop him cutting himself?", 13),
    ("In seiner Klasse ist einer mit Zigaretten erwischt worden, wie rede ich mit ihm darüber?", 12),
    ("Warum ritzen sich Jugendliche, fragt mein Sohn nach einem Film", 11),
    ("my 20 month old isn't talking in sentences but he's got about 50 words, is that ok?", 1.7),
    ("he threw his toast on the floor and the dog got it, then he cried", 2),
    ("she lines up her teddies every night and my mum thinks it's OCD, surely that's just play", 5),
])
def test_round_68_exclusions_tell_these_as_no_emergency(text, age):
    assert not rule_findings(text, age)


@pytest.mark.parametrize("text, age", [
    ("I can't do this anymore, I've got the pills out", 15),
    ("she fainted and won't come round", 9),
    ("my toddler drank some of the poison we put down for the rats", 2),
    ("he drank loads of alcohol at the party and won't wake up", 15),
    ("we got lost at the beach and now we can't find our 4 year old", 4),
    ("my 4 year old isn't talking in sentences and hardly says any words", 4),
    ("he threw the kitten at the wall", 7),
])
def test_round_68_leaves_these_flagged(text, age):
    assert rule_findings(text, age)


# Round 69 (after blind-safety-69's and new-topics-heldout-41's first runs; phrasings written here), on the rules alone.
@pytest.mark.parametrize("text, age", [
    ("he screams that he wants to die when bathtime ends, then five minutes later he's laughing at cartoons", 5),
    ("elle m'écrit « je veux mourir, trop la honte » parce qu'elle a raté son plongeon", 12),
    ("my stepson keeps saying I'm not allowed to tell him off, how do I handle it?", 7),
    ("his sister beat him 3-0 at ping pong and he sulked all night", 10),
    ("my 12 year old said his mum slapped him - slapped his hand away from the biscuits, he meant", 12),
    ("how do I teach my 10 year old about not sending pictures of herself to people online?", 10),
    ("my 4yo and her cousin who is 5 were in the paddling pool and he showed her his willy, normal?", 4),
    ("last year he had a febrile seizure at nursery; what should his new childminder know?", 3),
    ("he came in with blue lips and I panicked, then saw the blue ice lolly", 6),
    ("she rang saying he'd stopped breathing - turns out he was holding his breath in the bath for fun", 8),
    ("my 8yo fell off the top bunk last night onto the mattress we put there, didn't hit his head", 8),
    ("they said he nearly killed his cousin, turns out it was a play fight over the remote", 9),
    ("Minha filha disse que o pai bate nela, mas era no videogame de luta", 7),
    ("Ele disse que vai matar o primo no Fortnite hoje à noite", 12),
    ("Sie will die Schiedsrichterin am liebsten umbringen, nach dem Spiel haben alle gelacht", 12),
])
def test_round_69_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("he says he wants to die and he has been cutting himself", 13),
    ("my dad beats me and tells me not to tell", 9),
    ("a man online keeps asking her to send photos of herself", 12),
    ("she had a febrile seizure just now and is still not responding", 2),
    ("his lips have gone blue and he is struggling to breathe", 3),
    ("she stopped breathing in the bath and I pulled her out", 2),
    ("he fell off the top bunk and hit his head, he's been sick twice", 6),
    ("Ela disse que o pai bate na mãe todas as noites e ela tem medo", 8),
])
def test_round_69_leaves_these_urgent(text, age):
    assert [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("she came off the climbing frame an hour ago and has been sick twice, now she keeps nodding off", 6),
    ("he fell off the top bunk this morning and is really drowsy and confused", 5),
])
def test_a_fall_from_play_equipment_with_vomiting_or_drowsiness_is_urgent(text, age):
    result = screen(text, "generic", age)
    assert result.level == "urgent" and result.categories[0]["slug"] == "medical-emergency"


def test_every_rule_has_at_least_five_phrasings_here():
    for rule_id in RULES:
        assert len(FIRES.get(rule_id, [])) >= 5, f"write phrasings for the rule '{rule_id}'"
    assert set(FIRES) <= set(RULES), f"rules no longer in safety.yaml: {set(FIRES) - set(RULES)}"


CASES = [(rule_id, text, age) for rule_id, items in FIRES.items() for text, age in items]


@pytest.mark.parametrize("rule_id, text, age", CASES, ids=[f"{r}:{t[:40]}" for r, t, _ in CASES])
def test_rule_fires_at_its_level(rule_id, text, age):
    result = screen(text, "generic", age)
    assert rule_id in result.rules, result.rules
    assert result.level == RULES[rule_id].level
    found = {category for category, _start, _end in RULES[rule_id].matches(normalised(text), age)}
    assert found & {c["slug"] for c in result.categories}, (found, result.categories)
    assert result.message and result.next_steps


def test_clothes_hanging_off_a_child_are_a_weight_sign_unless_they_are_too_big():
    """The feeding rule's "hanging off her" pattern (weight loss) leaves hand-me-downs alone."""
    assert [f.source for f in rule_findings("she isn't hungry at dinner and her jeans are hanging off her", 14)] == ["feeding-beyond-picky"]
    assert rule_findings("her jeans are hanging off her because they are her sister's hand-me-downs, do I buy new?", 9) == []


@pytest.mark.parametrize("text", [
    "we emptied the medicine cabinet of old stuff today",
    "how do i dispose of empty medicine bottles safely with kids around",
    "she took the empty pill packets for her craft project",
    "found an empty box of cereal under her bed again, she's 12",
    "the cereal box is empty again, my 12 year old eats like a horse",
    "the juice box was empty when she came home from school",
])
def test_empty_packets_need_finding_a_medicine_in_them(text):
    """The empty-medicine-packets pattern of the medical-emergency rule (a possible overdose)
    needs a find, a medicine and a container: these are ordinary to the rules."""
    assert [f for f in rule_findings(text, 12) if f.level == "urgent"] == []


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_hard_moments_stay_ok(text):
    result = screen(text)
    assert (result.level, result.rules, result.reasons, result.message) == ("ok", [], [], "")


@pytest.mark.parametrize("text", [
    "my 3 year old touches his penis when he's watching telly, is that normal?",
    "my 4yo makes a grunting noise when he's concentrating on lego, should I mention it?",
    "she says the big assembly hall makes her feel like she can't breathe, she's 8, any tips?",
    "found empty energy drink cans and a vodka bottle in my 16yo's room, how do I bring it up?",
    "at 2 he's not responding to his name and has no words yet, who do I ask?",
    "my 10yo fainted at church after standing too long in the heat, the GP says she's fine",
    'my 17 year old is sexually active, we found out by accident, how do I talk about contraception?',
    "I'm drowning in work emails and both kids want me every minute, how do other parents cope",
    "my partner's 13 yo son punched him in the face during an argument about curfew, how do we handle it?",
    "should I call the police if my 15yo keeps breaking doors when he's angry?",
    # venting beside the 'swear ill hurt him' pattern (written here)
    "swear I'll strangle him if he leaves one more wet towel on the floor, he's 15",
    'honestly I swear I could kill her, 14 and she ate the whole birthday cake I made for her brother',
])
def test_alarming_words_in_an_ordinary_question_are_no_emergency(text):
    """Words the urgent rules look for, used of something else (a grunt while concentrating, a
    racing heart before school, a parent drowning in emails, a 17-year-old who is sexually active):
    the rules may send the parent to a professional, never to the emergency number (exclusions
    added 2026-12-05 night; phrasings written here)."""
    assert screen(text).level != "urgent", screen(text).rules


def test_typos_and_missing_apostrophes():
    assert screen("he isnt breathing and hes gone blue").level == "urgent"
    assert screen("my 14 yo sed she doesnt want to be alive").level == "urgent"
    assert screen("she wont wake up").level == "urgent"


def test_case_and_curly_quotes_do_not_matter():
    assert screen("MY SON SWALLOWED A BATTERY").level == "urgent"
    assert screen("she said \u201cI don\u2019t want to live\u201d").level == "urgent"


def test_numbers_written_as_words_are_read():
    assert "parent-may-harm" in screen("I shook my three year old").rules


# --- urgent beats see-professional --------------------------------------------------------------

def test_urgent_beats_see_professional():
    text = "my 3yo only eats 4 foods and is losing weight, and just now she swallowed a magnet"
    result = screen(text)
    assert {"feeding-beyond-picky", "medical-emergency"} <= set(result.rules)
    assert result.level == "urgent"
    assert result.reasons == [categories()["poisoning"].title]  # the see-professional finding is not shown
    assert result.next_steps == [next_step("poison")]
    assert result.message.startswith("Please act now.")


def test_see_professional_alone_keeps_the_guide_wording():
    result = screen("my 3yo only eats 4 foods and is losing weight")
    assert result.level == "see-professional"
    assert "does not replace that visit" in result.message
    assert next_step("doctor-feeding") in result.message


def test_two_urgent_rules_give_both_reasons_and_steps():
    result = screen("my 15 year old has been cutting herself and tonight she swallowed a bottle of pills")
    assert {"self-harm", "medical-emergency"} <= set(result.rules)
    assert set(result.reasons) >= {categories()["suicide-self-harm"].title, categories()["poisoning"].title}
    assert next_step("crisis") in result.message and next_step("poison") in result.message


# --- next steps by region ------------------------------------------------------------------------

def test_every_region_defines_every_key_a_rule_uses():
    table = resources()
    assert set(REGIONS) <= set(table)
    used = {category.contact for category in categories().values()}
    for region in REGIONS:
        for key in used:
            assert table[region].get(key, "").strip(), (region, key)


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("rule_id", sorted(FIRES))
def test_message_names_the_rules_next_step_for_the_region(rule_id, region):
    text, age = FIRES[rule_id][0]
    result = screen(text, region, age)
    first = sorted({c for c, _s, _e in RULES[rule_id].matches(normalised(text), age)},
                   key=lambda c: categories()[c].priority)[0]
    step = next_step(categories()[first].contact, region)
    assert step in result.next_steps
    assert step in result.message


@pytest.mark.parametrize("region, must_say", [
    ("us", ["911"]), ("uk", ["999"]), ("generic", ["your local emergency number"]),
])
def test_emergency_numbers_by_region(region, must_say):
    message = screen("my son swallowed a button battery", region).message
    for words in must_say:
        assert words in message
    for other in {"911", "999"} - set(must_say):
        assert other not in message


def test_us_crisis_line_is_988():
    assert "988" in screen("my 14 year old said she wants to die", "us").message
    assert "988" not in screen("my 14 year old said she wants to die", "uk").message


def test_generic_names_no_country_numbers():
    for key, text in resources()["generic"].items():
        if key == "label":
            continue
        assert not any(number in text for number in ("911", "999", "988", "111", "116 123")), key


# --- negation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "she has not lost weight",
    "he hasn't lost any weight, he just hates green food",
    "she is not underweight, the doctor is happy with her",
    "she never gags on food, she just says no",
])
def test_negation_cancels_the_negatable_feeding_rule(text):
    assert RULES["feeding-beyond-picky"].negatable
    assert "feeding-beyond-picky" not in screen(text).rules


def test_the_same_words_without_negation_fire():
    assert "feeding-beyond-picky" in screen("she has lost weight").rules


def test_urgent_rules_are_never_negatable():
    for rule in RULES.values():
        if rule.level == "urgent":
            assert not rule.negatable, rule.id
    assert screen("he is not breathing").level == "urgent"
    assert screen("she doesn't want to live anymore").level == "urgent"


def test_death_talk_is_urgent_from_an_older_child_and_a_doctor_visit_from_a_young_one():
    text = "she keeps saying she wants to die"
    assert screen(text, "generic", 12).level == "urgent"
    young = screen(text, "generic", 4)
    assert young.level == "see-professional"
    assert "death-talk-young-child" in young.rules and "suicidal-talk" not in young.rules
    assert screen(text).level == "urgent"  # age unknown: the urgent rule is not skipped


def test_age_gated_rule_skips_a_known_toddler_but_not_an_unknown_age():
    rule = RULES["self-injury-older-child"]
    assert rule.min_age is not None
    text = "she hits herself in the face when she's cross"
    assert "self-injury-older-child" not in screen(text, "generic", rule.min_age - 4).rules
    assert "self-injury-older-child" in screen(text, "generic", rule.min_age + 3).rules
    assert "self-injury-older-child" in screen(text).rules  # an unknown age never skips a rule


def test_no_ordinary_topic_phrasing_screens_urgent():
    """The ordinary questions of the first 17 topics (frozen as safety training data) never get an
    urgent message from the rules. (Newer cards include their red flags among their phrasings on
    purpose: "my 12 year old said he wants to die" must screen urgent, and does.)"""
    from inara.matching.age import age_from_text

    path = Path(__file__).resolve().parent.parent / "inara" / "data" / "safety_training" / "ok-topic-phrasings.txt"
    examples = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    urgent = [example for example in examples
              if screen(example, "generic", age_from_text(example).years).level == "urgent"]
    assert urgent == []


# --- through Inara.match ------------------------------------------------------------------------

@pytest.mark.model
def test_urgent_match_has_no_topics(inara):
    for text, age in FIRES["medical-emergency"][:3] + FIRES["self-harm"][:3]:
        result = inara.match(text, age)
        assert result.safety.level == "urgent"
        assert result.topics == []
        assert result.as_dict()["topics"] == []


@pytest.mark.model
def test_see_professional_match_still_has_topics(inara):
    for text, age in [FIRES["feeding-beyond-picky"][0], FIRES["anxiety-stopping-life"][0], FIRES["development"][0]]:
        result = inara.match(text, age)
        assert result.safety.level == "see-professional", text
        assert result.in_scope and result.topics, text


KNOWN_FALSE_ALARM = "I spanked him once and feel awful"  # was read as parent-may-harm until the look-alike veto


# The safety classifier (the default screen since 2026-12-04) reads this as a missing child.
CLASSIFIER_FALSE_ALARM = "mi hija de 14 llego 10 min tarde, se habia entretenido despidiendose de sus amigas"


@pytest.mark.model
def test_ordinary_questions_match_as_ok(inara):
    for text in ORDINARY[:8]:
        if text not in (KNOWN_FALSE_ALARM, CLASSIFIER_FALSE_ALARM):
            assert inara.match(text).safety.level == "ok", text


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="a known false alarm, issue 10: the safety classifier reads a 14-year-old "
                   "ten minutes late in Spanish as a missing child (the sentence screen reads it as ordinary)")
def test_a_teenager_ten_minutes_late_is_not_missing(inara):
    assert CLASSIFIER_FALSE_ALARM in ORDINARY  # the rules read it as ordinary (test_ordinary_hard_moments_stay_ok)
    assert inara.match(CLASSIFIER_FALSE_ALARM).safety.level == "ok"


@pytest.mark.model
def test_a_teenager_ten_minutes_late_is_not_missing_to_the_sentence_screen(inara_sentences):
    assert inara_sentences.match(CLASSIFIER_FALSE_ALARM).safety.level == "ok"


@pytest.mark.model
def test_a_parent_who_smacked_once_is_not_an_emergency(inara):
    assert inara.match(KNOWN_FALSE_ALARM).safety.level != "urgent"


def test_the_data_files_load_the_same_with_the_fast_yaml_loader():
    """safety._load_yaml reads with libyaml when it is there: the same values as the pure-Python
    loader, for every data file."""
    import yaml

    from inara.matching import safety

    for path in sorted(safety.DATA.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert repr(safety._load_yaml(path.name)) == repr(yaml.safe_load(text)), path.name


def test_separation_fear_is_a_sign_from_school_age_not_in_a_toddler():
    """separation-past-the-usual-age (min_age 5): the same words are ordinary at 2."""
    text = "he screams if I leave the room, every single day since the summer"
    assert screen(text, "generic", 2).level == "ok"
    assert screen(text, "generic", 8).level == "see-professional"


@pytest.mark.parametrize("age", [4, 12, None])
def test_wanting_to_die_of_embarrassment_is_an_idiom_at_any_age(age):
    """suicidal-talk and death-talk-young-child: 'want to die of embarrassment' is not death talk."""
    assert screen("she keeps saying she wants to die of embarrassment when I sing in the car", "generic", age).level == "ok"
    assert screen("she keeps saying she wants to die", "generic", age).level != "ok"


def test_a_hobby_not_touched_for_months_is_no_disclosure():
    """grooming-and-disclosure's 'touched ... in his room' is not read into "hasn't touched them"."""
    text = "DS 14 used to love his drums. hasn't touched them in 2 months, stays in his room"
    assert "sexual-abuse" not in {c["slug"] for c in screen(text, "generic", 14).categories}
    assert screen("he touched her in her room when I was at work", "generic", 9).level == "urgent"


def test_walking_and_soiling_are_signs_only_past_the_usual_age():
    """not-walking-by-18-months (under 18 months as the text states it) and soiling-from-age-4 (min_age 4): the same words
    are ordinary in a younger child, and a sign from the rule's age."""
    assert screen("my 14 month old isn't walking yet, she cruises round the furniture", "generic", 1.2).level == "ok"
    assert screen("13 months and not walking yet but crawls everywhere, should I worry", "generic", 1).level == "ok"
    assert screen("18 months and not walking yet but crawls everywhere, should I worry", "generic", 1).level == "see-professional"
    assert screen("17 months and not walking or even standing holding the sofa", "generic", 1).level == "see-professional"
    assert screen("grandma keeps saying she isn't walking yet", "generic", 1.75).level == "see-professional"
    assert screen("grandma keeps saying she isn't walking yet", "generic", 0.8).level == "ok"  # min_age 1
    soiling = "he poos in his pants most days"
    assert screen(soiling, "generic", 3).level == "ok"
    assert screen(soiling, "generic", 5).level == "see-professional"


@pytest.mark.parametrize("text, over", [
    ("he had a febrile fit when he was two, nothing since, and now he is scared of thunder", True),
    ("years ago, when she was a baby, she swallowed a coin and it passed fine. now she's 7", True),
    ("she fainted at a concert last year, it never happened again, and now she wants to go to another", True),
    ("he had a febrile fit when he was two, nothing since, but right now he is fitting again", False),
    ("she had a seizure last year, nothing since. she's grey and floppy this morning", False),
    ("she had a seizure last year and she is having one now, nothing since until today", False),
    ("he swallowed a magnet an hour ago, nothing since", False),
])
def test_an_event_told_as_over_is_read_as_over(text, over):
    """safety.finished_before: what the safety classifier's emergency findings are checked against
    (it reads the whole question, so the rules' sentence-by-sentence time reading does not apply)."""
    from inara.matching.safety import finished_before
    assert finished_before(strip_accents(normalised(text).lower())) is over


def test_pointing_and_single_words_are_a_sign_from_3_not_at_2():
    """Single words and pointing are ordinary at 2 and a reason to see someone at 4 (speech-behind-from-3)."""
    text = "she only points and says single words, is that ok?"
    assert [f.source for f in rule_findings(text, 2)] == []
    assert [f.source for f in rule_findings(text, 4)] == ["speech-behind-from-3"]


# A doubted emergency's answer (issue 10: the message fits the case): the see-professional message it
# becomes still says when to treat it as an emergency and who to call then.
@pytest.mark.parametrize("urgent", sorted(s for s, c in categories().items() if c.level == "urgent"))
def test_every_doubted_emergency_is_answered_with_a_way_to_emergency_help(urgent):
    known = categories()
    unsure = known[urgent].when_unsure
    result = combine([Finding("see-professional", unsure, f"classifier:{urgent}+unsure", "", unsure_of=urgent)], "uk")
    view = result.categories[0]
    assert result.level == "see-professional" and view["slug"] == unsure
    assert "999" in view["call"] or "emergency" in (view["do_now"] + view["call"]).lower(), view


def test_a_doubted_suicide_finding_names_the_crisis_step_and_plain_low_mood_does_not():
    doubted = combine([Finding("see-professional", "anxiety-mood-ocd", "judge:suicide-self-harm+doubted", "",
                               unsure_of="suicide-self-harm")], "uk").categories[0]
    plain = combine([Finding("see-professional", "anxiety-mood-ocd", "classifier:anxiety-mood-ocd", "")], "uk").categories[0]
    assert categories()["suicide-self-harm"].if_unsure in doubted["do_now"]
    assert next_step("crisis", "uk") in doubted["call"] and "Samaritans" in doubted["call"]
    assert "Samaritans" not in plain["call"] and categories()["suicide-self-harm"].if_unsure not in plain["do_now"]


def test_a_doubted_weapons_finding_in_spanish_keeps_one_language_per_message():
    view = combine([Finding("see-professional", "aggression-injury", "semantic:weapons-violence+unsure", "",
                            unsure_of="weapons-violence")], "generic", "es").categories[0]
    # aggression-injury's message is Spanish, so the weapons sentence and step it adds are Spanish too
    assert view["do_now"].startswith(categories()["aggression-injury"].es.do_now)
    assert categories()["weapons-violence"].es.if_unsure in view["do_now"]
    assert categories()["weapons-violence"].if_unsure not in view["do_now"]
    assert next_step("weapons", "generic", "es") in view["call"]


def test_the_same_doubted_emergency_found_twice_adds_its_sentence_once():
    f = Finding("see-professional", "anxiety-mood-ocd", "classifier:suicide-self-harm+unsure", "", unsure_of="suicide-self-harm")
    g = Finding("see-professional", "anxiety-mood-ocd", "semantic:suicide-self-harm+unsure", "", unsure_of="suicide-self-harm")
    view = combine([f, g], "uk").categories[0]
    assert view["do_now"].count(categories()["suicide-self-harm"].if_unsure) == 1


def test_if_unsure_belongs_to_urgent_categories_only(tmp_path, monkeypatch):
    from inara.matching import safety
    text = (safety.DATA / "safety_categories.yaml").read_text(encoding="utf-8")
    text = text.replace("  - slug: development\n", "  - slug: development\n    if_unsure: Call now.\n", 1)
    (tmp_path / "safety_categories.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(safety, "DATA", tmp_path)
    safety.categories.cache_clear()
    try:
        with pytest.raises(safety.SafetyDataError, match="if_unsure"):
            safety.categories()
    finally:
        safety.categories.cache_clear()


# Round 70 (after blind-safety-70's and new-topics-heldout-42's first runs; phrasings written here), on the rules alone.
@pytest.mark.parametrize("text, age, category", [
    ("Il a trouvé l'eau de javel sous l'évier et il dit qu'il a goûté un peu", 3, "poisoning"),
    ("La bouteille de Destop était ouverte, elle aurait goûté une gorgée", 2, "poisoning"),
    ("the argument ended with me pushing her into the wardrobe door and now her lip is split", 12, "parent-may-harm"),
    ("I shouted, then I hit him, and I keep imagining doing it again", 8, "parent-may-harm"),
    ("she's never later than 4.15 and it's gone 6, not at her friend's, her phone goes straight to voicemail", 10,
     "missing-child"),
    ("O meu filho saiu da escola com um homem que conheceu na internet e não atende", 13, "missing-child"),
    ("Ela devia ter chegado às sete e já são dez, ninguém sabe dela", 14, "missing-child"),
])
def test_round_70_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("the camp form asks 'any history of seizures' - do I mention the one febrile fit she had as a baby?", 6),
    ("we're hosting a murder mystery night and my 12yo wants the butler to be poisoned, any kid-friendly scripts?", 12),
    ("my 5 year old keeps showing other kids his bottom at nursery for a laugh, how do I stop it?", 5),
    ("Mi hijo me preguntó qué hacer si un adulto le toca donde no debe, después de una charla en clase", 7),
    ("lost my 4 year old in the garden centre for about a minute on Sunday, found her by the fish tanks", 4),
    ("my son says his mate's dad is going to kill him - turns out he broke their window with a ball", 10),
    ("she eats about six foods but she's growing fine and the GP wasn't worried, any tips?", 4),
    ("I had postnatal depression with my first but I've been well for years, how do I explain the baby blues to my 9yo?", 9),
    ("his gran thinks he's depressed, but he's still his usual chatty self, just loves dark music", 14),
    ("he's behind in maths and I want to help so he's not just drowning in homework every night", 10),
    ("the older boys borrow his lunch money and he says he's not allowed to tell anyone", 8),
    ("my partner's son is 13 and when he loses it he shoves me out of the way", 13),
    ("my husband nearly choked on his tea when our 13yo asked about condoms", 13),
    ("how do I talk about my own weight loss without my daughter copying the diet?", 11),
])
def test_round_70_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"] and not [
        f for f in rule_findings(text, age) if f.source in {"feeding-beyond-picky", "anxiety-stopping-life", "parent-wellbeing"}]


@pytest.mark.parametrize("text, age", [
    ("she had a seizure ten minutes ago and still won't wake up properly", 3),
    ("he drank something from the garden shed and says it was poison, he's being sick", 4),
    ("my 6 year old said the babysitter showed him his willy and told him to keep it secret", 6),
    ("Mi hija dice que su tío la toca donde no debe cuando se queda a dormir", 8),
    ("we lost our 3 year old at the beach twenty minutes ago and can't find her", 3),
    ("he posted that he's going to kill his teacher tomorrow and has a knife", 15),
    ("my 4 year old only eats 3 foods, gags at everything else and has dropped two centiles", 4),
    ("I think I have postnatal depression and I can't stop crying", 1),
])
def test_round_70_leaves_these_flagged(text, age):
    assert rule_findings(text, age)


# Round 71 (after blind-safety-71's and new-topics-heldout-43's first runs; phrasings written here), on the rules alone.
@pytest.mark.parametrize("text, age, category", [
    ("O bebé está todo mole e não reage, tem febre alta", 1, "medical-emergency"),
    ("Os lábios dele estão a ficar azuis e não consegue parar de tossir", 3, "medical-emergency"),
    ("È scappato dal cancello del giardino, lo cerchiamo da mezz'ora e non lo troviamo", 4, "missing-child"),
    ("Un attimo fa era qui, ora non c'è più e la porta è aperta", 3, "missing-child"),
    ("Il y a une bagarre au parc et un garçon a sorti un couteau, mon fils est là-bas", 14, "weapons-violence"),
    ("Hij schreef dat hij vrijdag de hele klas gaat neerschieten", 15, "weapons-violence"),
    ("Mi hija se quema la muñeca con un cigarro cuando está sola", 15, "suicide-self-harm"),
    ("La vecina le cambia el pañal una vez al día y el niño llora de hambre", 1, "neglect"),
    ("Salió a la tienda hace dos horas y no ha vuelto", 10, "missing-child"),
    ("Sie sagt, der Onkel hat ihr da unten wehgetan", 5, "sexual-abuse"),
    ("Er bekommt Süßigkeiten vom Trainer, wenn er niemandem was sagt", 8, "sexual-abuse"),
])
def test_round_71_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("for our first aid week I want to teach the class what to do if someone collapses and is unconscious", 7),
    ("Il a trouvé le canif de son papi dans la boîte à outils, à quel âge on apprend à s'en servir ?", 8),
    ("Dice que se quiere morir cada vez que le saco una foto, es muy presumida", 13),
    ("she asked what she should do if her friend told her he was cutting himself", 14),
    ("my mum says he's depressed, I think he's just a normal grumpy teenager", 15),
    ("He told me his friend got drunk at the party last weekend and threw up, how do I talk about it?", 15),
    ("Ze spelen Fortnite en roepen dat ze iedereen gaan afknallen", 12),
    ("Os lábios dela ficaram roxos do gelado de mirtilo", 4),
])
def test_round_71_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"] and not [
        f for f in rule_findings(text, age) if f.source == "anxiety-stopping-life"]


@pytest.mark.parametrize("text, age", [
    ("she collapsed in the kitchen and is unconscious", 9),
    ("Il a un couteau à cran d'arrêt dans son cartable", 13),
    ("Dice que se quiere morir y no quiere salir de su cuarto", 15),
    ("my 14yo told me she wants to hurt herself and has been cutting", 14),
    ("he's depressed, hardly gets out of bed and has stopped eating", 15),
    ("my son says his friend got drunk and is passed out now, he won't wake up", 15),
])
def test_round_71_leaves_these_flagged(text, age):
    assert rule_findings(text, age)


def test_round_70s_found_him_exclusion_needs_him_found():
    """Round 70's "lost ... for two minutes ... found him" look-alike exclusion does not read "still haven't found him"."""
    for text in ("lost our 4 year old in the shopping centre for 20 minutes and still haven't found him",
                 "lost my daughter in the park for ten minutes, we have not found her"):
        assert any(f.source == "missing-or-lost" for f in rule_findings(text, 4)), text


# Round 72 (after blind-safety-72's and new-topics-heldout-44's first runs, children with additional needs; phrasings
# written here), on the rules alone.
@pytest.mark.parametrize("text, age, category", [
    ("Ele saiu para a escola às oito e já passaram seis horas, não atende e não levou os medicamentos", 14, "missing-child"),
    ("Ha dei segni di morsi sulla schiena, chiaramente da adulto, e non vuole dire chi è stato", 5, "physical-abuse"),
    ("Ho trovato nel suo telefono ricerche su come fabbricare una bomba", 15, "weapons-violence"),
    ("Dice che il vicino la tocca lì quando la mamma non c'è", 7, "sexual-abuse"),
    ("Sempre que volta de casa da avó vem com hematomas nas pernas", 6, "physical-abuse"),
    ("he says the taxi escort locks me in the toilets and hits my arms or else he'll tell everyone I'm bad", 9,
     "physical-abuse"),
    ("she's been so calm lately, gave away her games and left notes for each of us to open later", 15,
     "suicide-self-harm"),
])
def test_round_72_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("my son has epilepsy and his seizures are well controlled; how do I explain them to his new class?", 8),
    ("she gets very tired after a seizure, so how do I plan sleepovers?", 10),
    ("his seizure plan is in his bag, does the swimming club need a copy?", 11),
    ("he had a seizure at the party last term and his friends still tease him", 13),
    ("she's anaphylactic to sesame, any ideas for a safe packed lunch?", 6),
    ("my 7 year old carries two epipens and hates that everyone knows", 7),
    ("the other mums are scared of the epipen so nobody invites him", 5),
    ("the speech therapist says the grunting noise before he talks is part of his stammer", 4),
    ("how do I explain body safety to a child who can't speak, in case someone hurt him?", 9),
    ("the teacher used the word 'sexualised' about my 6yo showing his bottom, is that fair?", 6),
    ("my son says his uncle beats him at Mario Kart every single time", 8),
    ("her insulin pump leaves marks on her tummy from the sensor sites, kids ask about them", 12),
    ("he came back on the bus alone for the first time, the wait nearly killed me", 15),
])
def test_round_72_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("she has epilepsy and her seizures usually stop in a minute, this one has been going on for six minutes", 9),
    ("he had a seizure last month and now he's shaking again and his eyes are rolling", 2),
    ("she's having a seizure right now and it won't stop", 5),
    ("she is anaphylactic to peanuts and just ate one, her lips are swelling", 6),
    ("his throat is closing up, we used his epipen and called 999", 8),
    ("he's been fitting for ten minutes, he has epilepsy but this is longer than usual", 12),
])
def test_round_72_leaves_these_urgent(text, age):
    assert [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 73, after blind-safety-73 and new-topics-heldout-45 (written as in a hurry on a phone). The phrasings are the
# project's own.
@pytest.mark.parametrize("text, age, category", [
    ("he drives me mad, so tonight I held his hand over the stove until he cried, to teach him", 5, "parent-may-harm"),
    ("I held her fingers near the hot iron till she screamed, just to scare her", 3, "parent-may-harm"),
    ("ha regalato la chitarra e le sue cose agli amici e stasera mi ha detto 'grazie di tutto'", 16,
     "suicide-self-harm"),
    ("mia figlia mi ha detto 'ti ho voluto bene' e poi ho scoperto che sta regalando le sue cose", 15,
     "suicide-self-harm"),
    ("il a donné sa guitare et ses jeux à ses copains, et ce soir « je t'ai tellement aimé maman »", 15,
     "suicide-self-harm"),
    ("er hat seine Konsole und seine Bücher verschenkt und gestern gesagt: danke für alles, Mama", 16,
     "suicide-self-harm"),
    ("ela deu as coisas dela para os amigos e me disse 'obrigada por tudo, mãe'", 14, "suicide-self-harm"),
    ("hij geeft al zijn spullen weg aan vrienden en zei vanavond 'bedankt voor alles'", 15, "suicide-self-harm"),
])
def test_round_73_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("at tea he shouted 'I want to kill my sister' because she took his sausage, then they cuddled on the sofa", 5),
    ("we're planning a surprise party for grandad and I told her not to tell, now she whispers 'it's a secret'", 4),
    ("my 11yo gives his sweets away at break so the other kids will like him", 11),
    ("he said I was spying on him and switched his location sharing off, how do we agree on rules?", 14),
])
def test_round_73_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("I don't think he's depressed, just tired from exams; what's a healthy amount of sleep at 16?", 16),
    ("she's started stuttering on the first word, it began about 2 months ago, should we wait?", 3),
    ("he's scared of the house burning down and the cat dying, every night a new worry", 7),
    ("my 7yo says 'I hate myself' every time he loses a game", 7),
])
def test_round_73_exclusions_tell_these_as_no_concern(text, age):
    assert not rule_findings(text, age)


@pytest.mark.parametrize("text, age, level", [
    ("he said I was spying, turned his location off and it's 2am and he's not answering", 16, "urgent"),
    ("she's been stuttering for 8 months now and she avoids talking at nursery", 4, "see-professional"),
    ("he keeps throwing the cat against the wall and burning the dog with matches", 9, "see-professional"),
    ("honestly I hate myself, I cry every day and I can't get out of bed since the baby", 1, "see-professional"),
    ("my son tells me 'I want to kill my brother' and yesterday he held a knife to his throat", 12, "urgent"),
])
def test_round_73_leaves_these_flagged(text, age, level):
    findings = rule_findings(text, age)
    assert findings and (level != "urgent" or any(f.level == "urgent" for f in findings)), findings


# Round 74, after blind-safety-74 and new-topics-heldout-46 (families whose circumstances shape the day). The
# phrasings are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("la bouilloire s'est renversée sur sa jambe, la peau se décolle et il pleure", 4, "medical-emergency"),
    ("se le cayó el cazo con agua hirviendo en el brazo y tiene ampollas enormes", 3, "medical-emergency"),
    ("derramou a panela de água fervendo no peito, a pele está soltando", 5, "medical-emergency"),
    ("er hat den Wasserkocher umgestoßen, die Haut löst sich am Arm", 6, "medical-emergency"),
    ("si è rovesciata la pentola di acqua bollente sul braccio e la pelle si stacca", 7, "medical-emergency"),
    ("mi hija no regresó a casa ayer y no contesta, el móvil apagado desde las ocho", 15, "missing-child"),
])
def test_round_74_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("he loves shooting games like Fortnite where you shoot people, is 12 too young?", 12),
    ("she asked me 'how do sharks kill people' after the aquarium, is that morbid?", 8),
    ("powiedział bratu, że go zabije za zepsutą grę, ale przeprosił i pogodzili się po obiedzie", 10),
    ("is the drowning scene in that film too much for a 9 year old?", 9),
    ("my daughter found my old self-harm scars; how much do I tell an 11 year old?", 11),
    ("his watch went missing at the swimming pool, do we report it?", 10),
    ("when should I talk to her about not sharing nudes, she's getting a phone at 12", 12),
    ("she bites her little sister and the little one has marks on her arm, how do I stop it?", 3),
    ("I nearly dropped the tray when she asked where babies come from", 6),
])
def test_round_74_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("my 3yo choked on a grape last year and I still cut everything in quarters", 3),
    ("our 5yo plays fire engines all day and pretends the shed is burning", 5),
    ("I tell him 'I can't hear you when you whine' but it doesn't work", 4),
])
def test_round_74_exclusions_tell_these_as_no_concern(text, age):
    assert not rule_findings(text, age)


@pytest.mark.parametrize("text, age", [
    ("he said he's going to shoot people at school tomorrow", 14),
    ("my 2yo bit her brother and I grabbed her so hard she has marks on her arm, I'm scared of myself", 2),
    ("I nearly dropped the baby on purpose because she wouldn't stop crying", 0.5),
    ("he nearly drowned in the pool today and is coughing and very sleepy", 4),
    ("she's been cutting herself, there are fresh marks on her arms", 14),
])
def test_round_74_leaves_these_urgent(text, age):
    assert [f for f in rule_findings(text, age) if f.level == "urgent"]


def test_a_child_asking_whether_a_bridge_is_high_enough_is_a_suicide_sign():
    findings = rule_findings("she keeps asking if the bridge by the station is high enough, and she's been so low", 12)
    assert any(f.level == "urgent" and f.category == "suicide-self-harm" for f in findings), findings


@pytest.mark.parametrize("text, urgent", [
    # a parent at work is not the work anyone is drowning in ...
    ("I think he was drowning earlier, now he's coughing and really sleepy and my husband is at work", True),
    # ... while figurative drowning stays ordinary
    ("she's drowning in homework since year 7 started, how do I help her plan?", False),
])
def test_drowning_in_work_is_a_figure_of_speech_but_a_parent_at_work_is_not(text, urgent):
    assert bool([f for f in rule_findings(text, 11) if f.level == "urgent"]) == urgent


# Round 75, after blind-safety-75 and new-topics-heldout-47 (only what was seen and heard; the worry never named).
# The phrasings are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("il s'est coupé la main, ça saigne abondamment et le torchon est trempé de sang", 9, "medical-emergency"),
    ("se cortó con un cristal y sangra a chorros del pie", 7, "medical-emergency"),
    ("ele cortou o braço e está sangrando sem parar", 10, "medical-emergency"),
    ("sie hat sich am Glas geschnitten und das Handtuch ist schon durchgeblutet", 6, "medical-emergency"),
    ("si è tagliato e sanguina a fiotti dalla gamba", 8, "medical-emergency"),
    ("her message said 'getting picked up by my mate's cousin, don't tell anyone' and she's not in class", 13,
     "missing-child"),
    ("he hasn't been in lessons since lunch and his mum thinks he's at school", 12, "missing-child"),
    ("she wrote notes for each of us and one says 'look after the cat for me', she's been so quiet", 15,
     "suicide-self-harm"),
    ("through the wall I can hear him thumping things and the children crying for their mum, right now", 4,
     "physical-abuse"),
])
def test_round_75_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("la camiseta está empapada de sudor después del partido, ¿le compro otra?", 11),
    ("the bleach is kept on the top shelf now; which cupboard locks do you rate?", 2),
    ("the PE teacher made them run suicides and he came home exhausted, is that allowed?", 12),
    ("she had a febrile seizure back in June and has been completely fine since; she has a cold now", 2),
    ("she won't drink anything at school so she won't need to go to the toilet there", 6),
    ("he gives his cards away at school; he says it's so the others will play with him", 9),
    ("an account asked him for pictures, he told me straight away and we blocked it", 14),
    ("when he's overwhelmed he bites, I've got bite marks on my arm; how do I keep us both safe?", 9),
])
def test_round_75_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("she runs on her tiptoes when she's excited and flat-footed otherwise", 4),
    ("honestly I'm hopeless at plaits, any tips for a dad?", 6),
])
def test_round_75_exclusions_tell_these_as_no_concern(text, age):
    assert not rule_findings(text, age)


@pytest.mark.parametrize("text, age", [
    ("she's having a febrile seizure right now and won't stop shaking", 2),
    ("an account asked her for pictures and she already sent them, now he's threatening her", 14),
    ("she has fresh cuts all over her arms", 15),
    ("he's not drinking anything and hasn't had a wet nappy since yesterday", 1),
])
def test_round_75_leaves_these_urgent(text, age):
    assert [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, urgent", [
    ("yesterday I took my belt to him and tonight I nearly did again", True),
    ("he took his belt to the shop to have it shortened", False),
])
def test_a_belt_taken_to_a_child_is_a_parent_who_may_harm(text, urgent):
    assert bool([f for f in rule_findings(text, 7) if f.level == "urgent" and f.category == "parent-may-harm"]) == urgent


# The sweep of 2026-12-07: ordinary lines of the scored sets a rule answered urgent. The phrasings are the
# project's own.
@pytest.mark.parametrize("text, age", [
    ("with three older brothers I think she feels lost in the crowd at home", 6),
    ("his bed was empty at 1am but he came back at 3 and he's home now; how do we talk about it?", 16),
    ("she told me a secret about a boy she likes; should I tell her dad or keep it between us?", 12),
    ("my 5 year old plays on her own at school every day and says she likes it", 5),
    ("Grandad here: my grandson (9) hit me when I turned the console off", 9),
    ("she wants to break up with her boyfriend of two years but is scared of hurting him", 16),
    ("everyone saw her trip on stage and she said 'I literally wanted to die'", 12),
    ("mi hijo me va a matar a disgustos con el desorden de su cuarto", 13),
    ("he's obsessed with Nerf and 'shooting' everyone at home", 7),
    ("she dropped a plate and picked up the pieces, she could have cut herself!", 5),
    ("single mum of three, no help at all, any tips before I drown?", 8),
    ("she says she does her homework at school but the teacher emails that it is missing", 12),
    ("her birthday present went missing and turned up under her brother's bed", 6),
    ("he asked whether wine is poison after seeing his uncle tipsy", 7),
])
def test_the_sweep_of_2026_12_07_tells_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("his bed is empty, it's 3am, he isn't answering and his location is off", 15),
    ("she's lost and I can't find her anywhere in the shopping centre", 4),
    ("he keeps saying he wants to die and he's given away his things", 15),
    ("she fell in the pool and went under and she's not breathing", 3),
    ("she swallowed some of the bleach from under the sink", 2),
])
def test_the_sweep_of_2026_12_07_leaves_these_urgent(text, age):
    assert [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 76, after blind-safety-76 (typed as into a search box). The phrasings are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("she's put letters for all of us in a big brown envelope in her drawer, marked 'for after'", 15,
     "suicide-self-harm"),
    ("perdi minha netinha na praia, já procurei por todo lado", 4, "missing-child"),
    ("there are lads with a machete outside the chippy right now and my son is inside", 14, "weapons-violence"),
    ("my brother says he has thoughts of shaking his 6 month old when she cries", 1, "parent-may-harm"),
    ("pinned her down tonight, worried what ill do if she kicks off again", 9, "parent-may-harm"),
    ("banging and screaming next door, the little ones are crying, it's going on now", 5, "physical-abuse"),
])
def test_round_76_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("perdi minha filha de vista no parque uns segundos e achei ela no escorregador, que susto", 3),
    ("he told his friend at nursery he'd 'zabije' him — no: syn powiedział, że zabije brata za zabraną zabawkę", 5),
    ("fever of 38.9 but eating and playing, calpol and see how she goes?", 4),
])
def test_round_76_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("my mother-in-law says he isn't talking enough but he has about 60 words and puts two together", 2),
    ("baby-led weaning starts next week and I am scared of choking, is a first aid class worth it?", 1),
    ("nan says he's far too skinny but the GP measured him last week and said he's fine", 7),
])
def test_round_76_exclusions_tell_these_as_no_concern(text, age):
    assert not rule_findings(text, age)


@pytest.mark.parametrize("text, age", [
    ("perdi a minha filha de vista há meia hora na feira e não a encontro", 5),
    ("he isn't talking at all and has no words at 2 and a half", 2.5),
    ("she's lost a lot of weight, she's far too thin and hides food", 14),
])
def test_round_76_leaves_these_flagged(text, age):
    assert rule_findings(text, age)


# Candidate sw2's gate 1 (evals/results/classifier-sw2-plan.md): emergencies the shipped classifier finds alone
# that its second reading would not; written as rules so the floor holds whichever reading ships. The phrasings are
# the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("a boy in his class keeps saying he's going to slash his face with a compass at break", 11, "weapons-violence"),
    ("stasera ha detto che presto non sara piu un problema per la famiglia", 16, "suicide-self-harm"),
    ("mijn zoon heeft verse sneden op zijn pols en zegt dat het niks is", 14, "suicide-self-harm"),
    ("an account on her tablet wrote: send me a selfie in ur undies x", 12, "sexual-abuse"),
    ("no para de vomitar desde que llegó de la fiesta y huele a alcohol", 16, "poisoning"),
    ("my 7 year old never got off the bus this afternoon and the driver says he dropped everyone", 7, "missing-child"),
    ("our 14 year old has not been home since Tuesday and her phone is off", 14, "missing-child"),
    ("a minha filha diz que o vizinho passa a mao por dentro das cuecas dela", 6, "sexual-abuse"),
    ("how many iron pills would hurt a 3 year old? she had some from my bag", 3, "poisoning"),
    ("the after-school club let her go with a man they didn't know and nobody knows where she is", 6, "missing-child"),
    ("she told me calmly the baby would be better off if she held a pillow over her face", 1, "parent-may-harm"),
    ("wnuczka nie chce wracac do domu, a na plecach ma siniaki", 8, "physical-abuse"),
    ("elle dit que le cousin lui fait des bisous sur la nenette quand ils sont seuls", 5, "sexual-abuse"),
    ("il m'a attrapee par le cou et m'a plaquee contre la porte, dit ma fille en rentrant", 9, "physical-abuse"),
    ("een jongen loopt hier op straat met een mes te zwaaien", 14, "weapons-violence"),
    ("the childminder called asking where my son is but I left him with her at 8", 4, "missing-child"),
    ("das Baby nebenan weint ununterbrochen seit gestern Abend und niemand macht auf", 1, "neglect"),
    ("mia figlia non e ancora tornata e non risponde al telefono, sono le due di notte", 15, "missing-child"),
    ("he says he'll burn their house down with the family inside it", 14, "weapons-violence"),
    ("mi hija dice que ella sobra en esta casa y que nadie la echaria de menos", 14, "suicide-self-harm"),
    ("im Garten hat er von einem Pilz abgebissen, den ich nicht kenne", 3, "poisoning"),
    ("mio figlio ha scritto all'amico che domani la fa finita", 15, "suicide-self-harm"),
    ("sie hat sich am Glas geschnitten und das Blut spritzt richtig raus", 7, "medical-emergency"),
    ("elle a des bleus autour du cou et refuse de dire pourquoi", 12, "physical-abuse"),
    ("la vecina se fue hace varios dias y dejo a sus hijos solos con la abuela enferma", 6, "neglect"),
    ("wczoraj stalam nad corka z poduszka w rekach i sie przerazilam", 1, "parent-may-harm"),
    ("his blood sugar is 2.1 and he's confused and can't swallow the glucose gel", 9, "medical-emergency"),
    ("je l'ai trouve a 23h dehors pieds nus devant l'immeuble, sa mere ne repondait pas", 6, "neglect"),
    ("des grands vont l'attendre a la sortie avec un couteau demain", 12, "weapons-violence"),
    ("ik word bang van mezelf als hij blijft huilen", 1, "parent-may-harm"),
    ("mijn man heeft de baby door elkaar geschud", 1, "parent-may-harm"),
    ("die Kinder tragen seit Tagen dieselben Windeln und es gibt nichts zu essen", 2, "neglect"),
    ("cnt stop smacking him and today it left a mark", 5, "parent-may-harm"),
    ("she has bruises on her arms again and flinches when anyone moves near her", 10, "physical-abuse"),
    ("the 'girl' he games with turned out to be a grown man", 13, "sexual-abuse"),
])
def test_sw2_gate_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("nobody knows where she is getting these ideas from, she's 6", 6),
    ("we hadn't been home since Tuesday because we were at my mum's, is it normal he's unsettled?", 5),
    ("he put a cushion over his face to hide from the film, so funny", 7),
    ("on attend le bus avec des couteaux en plastique pour le pique-nique", 8),
    ("my son can't stop hitting the ball into next door's garden", 10),
    ("she hasn't been home since yesterday, she's staying at her nan's for half term", 13),
])
def test_sw2_gate_rules_leave_these_alone(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 77, after blind-safety-77 (time and what did or did not happen). The phrasings are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("his dad took him from football practice, he isn't allowed unsupervised contact and his phone is off", 9,
     "missing-child"),
    ("la nina de arriba tiene un ojo morado y dice que no quiere volver a casa esta noche", 8, "physical-abuse"),
    ("thinking of leaving my 6 and 8 year old home alone while I do night shifts, they'd be asleep", 6, "neglect"),
    ("he came back from his dad's with sores on his bottom from not being changed all weekend", 2, "neglect"),
    ("le di jarabe con codeina y ahora esta muy adormilado", 4, "poisoning"),
    ("no queda nadie en la plaza y tiene el telefono apagado desde las ocho", 13, "missing-child"),
    ("ha lasciato un biglietto dove ci chiede di non essere tristi", 14, "suicide-self-harm"),
    ("il prof di matematica ha chiamato: mia figlia non e mai arrivata, era uscita alle sette", 12, "missing-child"),
    ("o tio dela fica mexendo nela quando ninguem esta olhando", 7, "sexual-abuse"),
])
def test_round_77_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("'omg i literally want to die' is what I got when the wifi went off, laughing her head off", 12),
    ("en el cole hablan de un nino que se escapo de casa, ya lo encontraron, como se lo explico", 9),
    ("her best friend has a peanut allergy and is staying over; her EpiPen came with a care plan, how do I use it?",
     10),
])
def test_round_77_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("he ate a cashew at the party and his lips are swelling, I have his EpiPen but have never used one", 8),
    ("she says she literally wants to die and she's given away her things", 14),
    ("mi hijo se escapo de casa esta tarde y no contesta", 14),
])
def test_round_77_leaves_these_urgent(text, age):
    assert [f for f in rule_findings(text, age) if f.level == "urgent"]


# Added when the second reading's bar was raised (candidate sw3): an emergency only the classifier found that the
# second reading now takes back, given a rule of its own. The phrasings are the project's own.
@pytest.mark.parametrize("text, age, urgent", [
    ("er hat in der Gruppe geschrieben, dass er morgen alle in der Klasse abknallen will, und Opa hat Gewehre im Keller", 14, True),
    ("mein Sohn zockt Call of Duty und ruft dabei ständig, dass er alle abknallt, ist das normal?", 12, False),
])
def test_a_german_threat_to_shoot_classmates_is_an_emergency_and_a_game_is_not(text, age, urgent):
    assert bool([f for f in rule_findings(text, age) if f.level == "urgent"]) == urgent


# Round 78, after blind-safety-78 and new-topics-heldout-50 (families with more than one child). The phrasings are
# the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("volvio sola con el perro y dice que su hermana se fue con una senora en una furgoneta", 10, "missing-child"),
    ("my ex locks our son in the bedroom without dinner as a punishment", 7, "neglect"),
    ("der WC-Reiniger war offen und der Kleine riecht danach aus dem Mund", 2, "poisoning"),
])
def test_round_78_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("she heard it on the news and asked why people kill themselves, what do I say?", 8),
    ("we are reading a poem about suicide in her English set", 15),
    ("the news about the shooting at a school abroad scared my two, how do I reassure them", 10),
    ("too old to go eating random plants in the new garden surely, 9 and 11", 9),
    ("burnt her fingertip on the oven door, tiny red spot no blister", 7),
    ("since the funeral he's scared mummy won't wake up in the morning", 4),
    ("he deleted his messages, turns out it is just a girl from school he likes", 14),
    ("my 6yo digs her nails into her baby brother and he's got scratches on his arms", 6),
    ("my 4yo and her 6yo cousin were showing each other their privates behind the sofa", 4),
])
def test_round_78_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("she asked why people kill themselves and then said she wants to kill herself", 12),
    ("he's not breathing properly and won't wake up", 3),
    ("my 5 year old and the 14 year old neighbour were showing each other their privates", 5),
])
def test_round_78_leaves_these_urgent(text, age):
    assert [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 79, after blind-safety-79 and new-topics-heldout-51 (English as a second or third language). The phrasings
# are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("se cayo en el jardin y sale muchisima sangre de la rodilla", 6, "medical-emergency"),
    ("il a pris un coup de raquette sur la tete et il voit double", 12, "medical-emergency"),
    ("el frasco de apiretal esta vacio, no se cuanto ha tomado", 2, "poisoning"),
    ("she keeps telling her friends she will be with grandad in heaven soon, she has a plan", 13, "suicide-self-harm"),
    ("tiene moretones de diferentes colores en los brazos y dice que se cayo", 6, "physical-abuse"),
    ("ela diz que o tio quer que eu faca o mesmo que no video", 8, "sexual-abuse"),
    ("maz rzucil talerzem w corke, siedzimy zamkniete na klucz", 10, "physical-abuse"),
])
def test_round_79_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("my mother says the fluoride in toothpaste is poison, am I poisoning him?", 4),
    ("il dit qu'il va tuer sa petite soeur quand elle touche ses cartes Pokemon", 6),
    ("a boy almost drowned at the pool on Saturday but the lifeguard got him and he went home fine", 10),
    ("at the gate she says 'go mum, everyone is looking' and won't let me kiss her", 13),
    ("i threw my slipper on the floor, not at him, i was so angry", 13),
    ("I left my 12 year old alone 3 hours, my friend say this is neglect!! what is the law here?", 12),
    ("she cries like I beat her when I say no", 4),
    ("two older boys kicked him at football and he came home with scratches on his arms", 8),
    ("how do I support her if she is questioning her sexuality?", 15),
    ("my 5yo showed his willy to the other kids at the park as a joke", 5),
    ("I don't want to burden him with our money worries", 15),
])
def test_round_79_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 80, after blind-safety-80 and new-topics-heldout-52 (updates and follow-ups to earlier posts). The phrasings
# are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("she's been on paracetamol all day for her cold and also had two Lemsip sachets, and those have paracetamol in",
     12, "poisoning"),
    ("found a note in her pencil case about who gets her things after", 12, "suicide-self-harm"),
    ("le grand cousin lui fait des choses sur la zezette", 6, "sexual-abuse"),
])
def test_round_80_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("update: the knife was the toy wooden knife from his play kitchen, he'd put it in his school bag", 4),
    ("the big secret grandma made him promise to keep was my birthday present", 5),
    ("update: the vape was in the kitchen drawer, not in his room like I thought", 14),
    ("Meu filho de 4 anos continua falando que vai matar os bandidos com a pistola", 4),
    ("turns out the 'I want to die' message was about a maths test, she laughed", 14),
    ("mi hijo se puso rojo, se fue a su cuarto, pero luego por la noche me pregunto cosas", 15),
    ("the 'self harm' marks were from the rose bush in nan's garden", 13),
    ("EDIT: ignore what I said about poison, the berries were blackberries", 6),
    ("gritaba que le habian envenenado en el videojuego y se partia de risa", 9),
    ("his 'hit list' is the list of levels he still has to beat in the game", 11),
    ("our kitten still hasn't come home after 3 weeks and we think she's been hit on the road", 7),
    ("I just want to know how to not drown", 13),
    ("my 8yo has hit his cousin twice, kicked her sandcastle over", 8),
    ("keeps pulling his trousers down to show other kids his bum and willy at school", 6),
])
def test_round_80_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 81, after blind-safety-81 and new-topics-heldout-53 (parents asking whether to worry at all). The phrasings
# are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("mi hijo lleva cinco minutos con los ojos en blanco y ahora no para de temblar", 3, "medical-emergency"),
    ("die Schlaftabletten lagen offen auf dem Nachttisch und jetzt fehlen drei", 3, "poisoning"),
    ("ele foi para a escola de manhã e a professora diz que nunca lá chegou", 10, "missing-child"),
    ("der Onkel hat an ihrer Scheide angefasst, sagt sie", 6, "sexual-abuse"),
    ("de buren laten hun peuter elke middag alleen thuis", 2, "neglect"),
    ("no wet nappies since lunch and she's just lying there", 1, "medical-emergency"),
    ("barely any wet nappies since last night and he's so sleepy", 1, "medical-emergency"),
    ("I shoved one of the twins down the stairs this morning", 4, "parent-may-harm"),
    ("I held her wrists so hard it left bruises", 5, "parent-may-harm"),
])
def test_round_81_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("he hasn't smiled in about three months and won't see anyone", 9, "anxiety-mood-ocd"),
    ("caught him sniffing glue in the shed with his mate", 8, "substance-use"),
    ("he hasn't been in nursery since half term, screams in the car park", 4, "school-refusal"),
    ("he holds his poo for days and it's been going on since october", 4, "toileting"),
    ("svapa con gli amici quasi ogni giorno, ha solo 12 anni", 12, "substance-use"),
    ("ronca y se queda callado unos segundos como si le faltara el aire", 5, "sleep-breathing"),
])
def test_round_81_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("they were fighting aliens in the playground and he keeps telling me there was blood everywhere", 6),
    ("the health visitor said hearing voices is a sign of something but it's her pretend friend", 4),
    ("my husband throws our 2 year old up in the air and she shrieks with joy", 2),
    ("bateu o joelho no sofá e o joelho ficou roxo, está a correr normalmente", 3),
    ("bateu com a cabeça, não desmaiou nem vomitou, está ótimo", 8),
    ("dice que 'se quiere morir' porque le ha salido un grano en la nariz", 14),
    ("una amiga de su clase se corta, pero ya lo saben en el colegio y está recibiendo ayuda", 14),
    ("my ex says I'm poisoning the kids against him", 10),
    ("he thinks vaping is 'poison' now and tells his uncle off", 8),
    ("my 7 year old comes out of school alone every day while the others play", 7),
])
def test_round_81_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


def test_round_81_a_negated_pause_is_no_sleep_breathing_flag():
    assert not [f for f in rule_findings("ronca un poco cuando está resfriado pero no deja de respirar", 2)
                if f.category == "sleep-breathing"]


def test_round_81_withholding_a_doctor_already_treats_is_no_flag():
    text = "holds his poo for days, been like this for months, the GP has given him something for it"
    assert not [f for f in rule_findings(text, 4) if f.category == "toileting"]


# Rules for the emergencies candidate sw6's gate 1 found only the sentence screen's re-read catching
# (evals/results/classifier-sw6-plan.md). The phrasings are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("he left for football at 5, it's 9pm now and the coach told me he never turned up", 12, "missing-child"),
    ("she's 13 and her boyfriend is 21, he drives her home from school", 13, "sexual-abuse"),
    ("mein Sohn (14) hat eine Freundin, die 26 ist, und schläft bei ihr", 14, "sexual-abuse"),
    ("dans son sac il y avait un taille-crayon démonté et la lame manquait", 12, "suicide-self-harm"),
])
def test_sw6_gate_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("she's 15 and her boyfriend is 17, they met at sixth form taster day", 15),
    ("he's 14 and his girlfriend is 14 too, they've been together 18 months", 14),
])
def test_sw6_gate_rules_leave_these_ordinary(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 82, after blind-safety-82 and new-topics-heldout-54 (several worries in one post). The phrasings are the
# project's own.
@pytest.mark.parametrize("text, age, category", [
    ("ils veulent régler ça demain après les cours et l'un d'eux a un couteau", 15, "weapons-violence"),
    ("un ragazzo le ha puntato un coltello alla gola fuori dal cancello", 14, "weapons-violence"),
    ("ma fille de 14 ans sort avec un copain qui a 24 ans", 14, "sexual-abuse"),
    ("I'm on a night shift again tonight and left them with the iPad and some crisps", 6, "neglect"),
    ("I threw my phone at her and it cut her cheek open", 7, "parent-may-harm"),
])
def test_round_82_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


def test_round_82_a_teenager_home_alone_during_a_night_shift_is_no_emergency():
    text = "I'm on a night shift again tonight and left them with the iPad and some crisps"
    assert not [f for f in rule_findings(text, 16) if f.level == "urgent"]


@pytest.mark.parametrize("text, age, category", [
    ("she coughs and chokes at almost every meal and takes ages to swallow", 2, "feeding-weight"),
    ("the telly has to be on 40 for him every night", 7, "development"),
    ("she's been off for three weeks straight and the school are asking questions", 12, "school-refusal"),
    ("er schnarcht laut und hat nachts Atemaussetzer", 6, "sleep-breathing"),
    ("going through the motions since she was born, feeding and changing", 1, "parent-wellbeing"),
])
def test_round_82_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("she told her teacher 'mummy locked me out' - turns out she meant the tablet lock", 5),
    ("they're running a talk for parents on online safety and grooming next week, worth going?", None),
    ("his friend is cutting himself, but the school is involved and the family already know", 14),
    ("she 'fainted' dramatically when I said bedtime", 9),
    ("il m'a dit 'je vais te tuer' quand j'ai posté la photo de son anniversaire", 14),
    ("he says I pushed him away after the divorce", 15),
    ("a message from another mum: the boys were drinking vodka at her house on Saturday", 15),
    ("how do I explain to my 4 year old why she can't touch other children's private parts?", 4),
])
def test_round_82_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("my mum thinks he's too thin but he's on the 50th centile and eats loads", 2),
    ("not talking in sentences yet but puts two words together all day", 2),
])
def test_round_82_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


# Round 83, after blind-safety-83 and new-topics-heldout-55 (the child seen through someone else). The phrasings are
# the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("la encontré boca abajo en la piscina hinchable, ahora está muy dormida", 2, "medical-emergency"),
    ("she left the park at 4 with her friends and she never got home, it's now 8pm", 10, "missing-child"),
    ("su padre no me la ha devuelto después del finde y me ha bloqueado en todo", 6, "missing-child"),
    ("his story was very detailed about how and when he would do it", 14, "suicide-self-harm"),
    ("she asked if i jumped in front of a train would it hurt", 10, "suicide-self-harm"),
    ("o meu filho está se queimando com o isqueiro nos braços", 14, "suicide-self-harm"),
    ("ma sœur a secoué son bébé ce soir, il ne se réveille pas bien", 1, "parent-may-harm"),
])
def test_round_83_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("his heart was pounding and he said he was dying, that's the third in a fortnight", 9, "anxiety-mood-ocd"),
    ("she has to say goodnight to each toy in a set order and if she gets it wrong we start over", 6, "anxiety-mood-ocd"),
    ("every morning for two weeks she's been sick at the school gate and the teacher sends her home", 7, "school-refusal"),
    ("ahora también se moja de día en el cole", 7, "toileting"),
    ("en el cole sus compañeros no le entienden cuando habla", 6, "development"),
    ("she stared at the wall for about a minute rubbing her fingers and then asked what happened", 8, "staring-spells"),
])
def test_round_83_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("my dad lost the twins in the shopping centre for about two minutes, they were behind a rail of coats", 5),
    ("él siempre quiere ser el caco y 'matar' a los polis", 5),
    ("il a dit à la maîtresse que je l'avais enfermé dehors, en fait on jouait à cache-cache", 6),
    ("mamie a failli s'étrangler avec son café quand il a posé la question", 12),
    ("we lost him at 22 weeks and his big sister keeps drawing him", 5),
    ("she is missing swimming because of her period", 12),
])
def test_round_83_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("nana says he isn't talking properly but he puts two or three words together all day", 2),
    ("some days I resent him snoring upstairs while I'm scraping porridge off the walls. we're fine, it's 2 more months of nights", 4),
])
def test_round_83_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


def test_round_83_a_baby_who_never_came_home_is_no_missing_child():
    text = "our baby was stillborn, she never came home, and her brother keeps asking where she is"
    assert not [f for f in rule_findings(text, 4) if f.category == "missing-child"]


# Round 84, after blind-safety-84 and new-topics-heldout-56 (one specific fact asked, the situation in passing). The
# phrasings are the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("como faço para participar o desaparecimento do meu filho na polícia?", 14, "missing-child"),
    ("ela deixou um recado a dizer que ia morar com o namorado", 15, "missing-child"),
    ("he went off to find the ice creams 30 mins ago and his brother came back without him", 8, "missing-child"),
    ("anoche me vi tapándole la boca contra la almohada para que dejara de llorar", 1, "parent-may-harm"),
    ("I have squeezed her round the throat twice now when she won't stop", 9, "parent-may-harm"),
    ("I can't stop thinking about throwing him off the balcony, tonight I almost did", 3, "parent-may-harm"),
    ("her stepdad slammed him against the door by his neck", 11, "physical-abuse"),
    ("my boyfriend dragged her to her room by her hair", 6, "physical-abuse"),
    ("el monitor de natación le escribe de noche que es su favorita", 11, "sexual-abuse"),
    ("o tio mostrou-lhe fotos de homens nus no telemóvel", 8, "sexual-abuse"),
    ("he said the caretaker gives him special cuddles in the toilets", 6, "sexual-abuse"),
    ("mein Sohn hat Cannabis-Kekse aus der Küche gegessen", 5, "poisoning"),
    ("er torkelt durchs Zimmer und lallt", 3, "poisoning"),
    ("están en una pelea en el parque y uno ha sacado un cuchillo", 15, "weapons-violence"),
])
def test_round_84_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("she can't walk at 20 months, just crawls", 1.7, "development"),
    ("il tousse à chaque repas et recrache tout", 2, "feeding-weight"),
    ("er weint seit Wochen beim Einschlafen", 8, "anxiety-mood-ocd"),
    ("he has to kiss each teddy a certain number of times and if he gets it wrong he starts over", 7, "anxiety-mood-ocd"),
    ("my 9yo lies awake every night worrying that the house will burn down", 9, "anxiety-mood-ocd"),
    ("hasn't set foot in school for three weeks", 12, "school-refusal"),
    ("ha messo il gattino nel forno spento", 6, "fire-animal-cruelty"),
    ("she dropped the guinea pig off the bunk bed, testing whether it could fly", 8, "fire-animal-cruelty"),
    ("se aguanta la caca días enteros y le duele", 5, "toileting"),
    ("siempre pone la tele a todo volumen y en clase no se entera", 10, "development"),
    ("dice que se siente vacía por dentro", 15, "anxiety-mood-ocd"),
    ("lleva casi un mes sin pisar el cole", 14, "school-refusal"),
    ("mi hijo ronca mucho y se levanta con dolor de cabeza", 7, "sleep-breathing"),
    ("si strappa le ciglia quando studia", 13, "tics-habits"),
    ("in his night terrors he ran into the door and split his lip", 5, "sleep-breathing"),
    ("her stomach hurts when she eats so she has stopped eating breakfast", 12, "feeding-weight"),
    ("we found weed in his room, he smokes every night now", 15, "substance-use"),
])
def test_round_84_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("nothing has been eaten yet but the bleach is in that low cupboard, which lock?", 2),
    ("for a scary few minutes I lost her at the zoo, found her by the penguins", 6),
    ("his loose tooth got knocked out on the trampoline", 7),
    ("grandad insists she'll drown if she swims straight after lunch", 8),
    ("my grandad says he got the belt growing up and it never did him any harm", 5),
    ("mi hijo casi se ahoga de risa con el video", 11),
    ("some coins from the jar went missing while he stayed", 12),
])
def test_round_84_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("si tocca i capelli prima di dormire ma non se li strappa", 2),
    ("I lie awake every night worrying about money", 10),
    ("she won't go on sleepovers because of the bedwetting", 9),
])
def test_round_84_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


def test_round_84_a_child_lost_for_minutes_and_not_found_stays_missing():
    text = "for a few minutes I lost him at the pool and we have not found him"
    assert any(f.level == "urgent" and f.category == "missing-child" for f in rule_findings(text, 6))


# Round 85, after blind-safety-85 and new-topics-heldout-57 (the child's own words quoted). The phrasings are the
# project's own.
@pytest.mark.parametrize("text, age, category", [
    ("tiene una cápsula del lavavajillas mordida en la mano", 2, "poisoning"),
    ("dice que el suavizante sabe a fresa", 3, "poisoning"),
    ("tiene fiebre y unas manchas moradas en la barriga", 2, "medical-emergency"),
    ("le pego con la correa cuando no obedece", 7, "parent-may-harm"),
    ("el niño dice que su mamá se fue hace dos días y está solo", 6, "neglect"),
    ("não a encontramos há meia hora na praia", 5, "missing-child"),
    ("ik ben bang dat ik haar echt pijn ga doen vannacht", 2, "parent-may-harm"),
    ("he said it would be better for everyone if I wasn't around", 12, "suicide-self-harm"),
    ("she has been testing a scarf on the banister", 14, "suicide-self-harm"),
    ("I keep thinking about crashing the car with the kids in it, steering us off the bridge", 5, "parent-may-harm"),
])
def test_round_85_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("me pregunta por qué todos hablamos tan bajito", 4, "development"),
    ("la profe dice que no termina nada y pierde todo", 9, "development"),
    ("desde que murió mi padre no tengo ganas de nada y lloro cada noche", 6, "parent-wellbeing"),
    ("dice que le gusta ver cómo se quema el papel", 10, "fire-animal-cruelty"),
    ("er weint, bis er sich übergibt, jeden Morgen vor der Kita", 4, "anxiety-mood-ocd"),
    ("sie hat mit Streichhölzern im Keller etwas angezündet", 8, "fire-animal-cruelty"),
    ("ele cheira a tabaco quando volta da escola", 10, "substance-use"),
    ("ma fille a perdu presque 3 kilos cet automne", 14, "feeding-weight"),
    ("the worries started in the spring, it's been 4 months and it's getting worse", 6, "anxiety-mood-ocd"),
    ("he says if I don't, something bad will happen to mum", 10, "anxiety-mood-ocd"),
    ("he checks the oven knobs before bed and cries if we stop him", 11, "anxiety-mood-ocd"),
    ("he's gone in three days out of the last fifteen", 13, "school-refusal"),
    ("she says the words jump around when she reads", 8, "development"),
    ("his handwriting has not improved since year 1", 9, "development"),
    ("he lines his cars up and covers his ears at the hand dryers", 7, "development"),
    ("we found burn marks on her windowsill", 12, "fire-animal-cruelty"),
    ("ds bit a lad at rugby again, drew blood", None, "aggression-injury"),
    ("there's a bottle of vodka in her bedroom and the level's going down", 15, "substance-use"),
    ("his legs feel twitchy every night and he can't sleep", 13, "sleep-breathing"),
])
def test_round_85_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("her dad hits really hard and it hurts her hands, turns out it's cricket catching practice", 7),
    ("my brother told his teacher \"mum beats me every night\" and she called mum in, he meant Mario Kart", 10),
    ("she says it's our secret, the birthday present for mummy", 5),
    ("he keeps saying 'I'm gonna jump off the roof like Spiderman'", 5),
    ("she says strawberries are poison for unicorns", 4),
    ("her first period came at swimming and she texted that she was bleeding everywhere", 12),
    ("he keeps leaving his epipen at home, he's never had to use it", 13),
    ("il a dit je vais la tuer en parlant de sa sœur, c'est une expression", 12),
    ("papà, tu hai mai picchiato qualcuno?", 9),
    ("he makes a grunting noise since Christmas, it just comes out", 9),
    ("a boy in his class asked him to show him his willy", 6),
])
def test_round_85_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("my mum said OCD because she likes her pens in rainbow order", 9),
    ("she asks how many sleeps till her birthday about 30 times a day", 5),
    ("the gin in the kitchen cupboard is going down", 15),
])
def test_round_85_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


# Round 86, after blind-safety-86 and new-topics-heldout-58 (what was already tried, what next). The phrasings are
# the project's own.
@pytest.mark.parametrize("text, age, category", [
    ("Dans la chambre de mon fils j'ai trouvé une bombe lacrymo. Il parle d'un règlement de comptes ce week-end.", 16, "weapons-violence"),
    ("il parle d'un règlement de comptes avec ceux de l'autre quartier, et j'ai vu une bombe lacrymo", 16, "weapons-violence"),
    ("when she won't stop crying I think about driving into the lake with her in the back", 1, "parent-may-harm"),
    ("I'm on night shifts this week and the kids are home alone till morning", 7, "neglect"),
    ("she gave her hoodies to her sister and said she won't need them", 14, "suicide-self-harm"),
])
def test_round_86_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("no se gira cuando la llamamos desde la cocina", 2, "development"),
    ("er schielt seit dem Sommer, vor allem abends", 3, "development"),
    ("seit Wochen wandert sein rechtes Auge nach außen", 5, "development"),
    ("ele só bebe leite e está sempre pálido e cansado", 3, "feeding-weight"),
    ("we did the online screener and he scored really high", 11, "development"),
    ("she gets so worked up she throws up before every party", 8, "anxiety-mood-ocd"),
    ("she's been getting paralytic every weekend at the park", 15, "substance-use"),
])
def test_round_86_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("I thought she had swallowed one of my tablets but every single one was still in the pack", 2),
    ("my sister says I'm 'poisoning' them with fizzy drinks", 8),
    ("er hat einen Ball an den Kopf bekommen und war kurz benommen, der Kinderarzt sagt alles in Ordnung", 12),
    ("we told her the cat went to sleep and won't wake up", 4),
    ("bought the planner. still drowning lol.", 6),
    ("I nearly threw my laptop when the school emailed again", 10),
    ("she asked me to keep it between us that her period started", 12),
])
def test_round_86_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("he squeezes the dog like a teddy and the dog just walks off", 3),
    ("she had 1 panic attack before her exams last year and has been fine since", 16),
    ("my husband thinks she's depressed but she's out with friends every night and happy", 15),
    ("his attendance is 75% because of tonsillitis", 9),
])
def test_round_86_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


def test_round_86_a_child_who_will_not_wake_is_still_an_emergency():
    assert any(f.level == "urgent" for f in rule_findings("he went to sleep and won't wake up", 3))


# Round 87, after blind-safety-87 and new-topics-heldout-59 (questions put at one remove). The phrasings are the
# project's own.
@pytest.mark.parametrize("text, age, category", [
    ("se ha tomado como doce pastillas de ibuprofeno esta mañana", 15, "poisoning"),
    ("teacher asking: the fit in class just keeps going", 9, "medical-emergency"),
    ("está flojito y casi no responde después de la fiebre", 2, "medical-emergency"),
    ("der Wasserkocher ist umgekippt, am ganzen Arm lauter Blasen", 4, "medical-emergency"),
    ("elle a avalé deux petites billes aimantées tout à l'heure", 5, "poisoning"),
    ("she was picked up by someone who isn't on her collection list", 6, "missing-child"),
    ("her location says 40 miles away and she's supposed to be in bed", 14, "missing-child"),
    ("a note on his pillow: it isn't your fault, I love you", 15, "suicide-self-harm"),
    ("he says his uncle climbs into his bed when he stays over", 8, "sexual-abuse"),
])
def test_round_87_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("he still won't walk unless he's holding a hand", 3, "development"),
    ("she says her tummy is full after a few bites, every meal", 5, "feeding-weight"),
    ("all'asilo non ha mai detto una parola, a casa parla tantissimo", 4, "anxiety-mood-ocd"),
    ("I found gin in her water bottle again", 14, "substance-use"),
    ("he comes home high every weekend now", 16, "substance-use"),
    ("manche las bragas de caca todos los dias", 5, "toileting"),
    ("dice que le pican las piernas por dentro por la noche", 7, "sleep-breathing"),
    ("she will just stop and stare and doesn't react when I clap", 3, "staring-spells"),
    ("tiene que entrecerrar los ojos para ver la tele", 8, "development"),
    ("chocolate wrappers hidden under her bed and the shower straight after every meal", 15, "feeding-weight"),
    ("she has to touch the light switch three times before bed", 9, "anxiety-mood-ocd"),
    ("he pushed me into the wall again, the fourth time this month", 14, "aggression-injury"),
    ("she wakes in the night to use her vape", 14, "substance-use"),
    ("red eyes most days and money missing from my bag", 15, "substance-use"),
    ("two days in school in the last five weeks", 13, "school-refusal"),
])
def test_round_87_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("I snapped 'I can't do this anymore' at bathtime, had a cry, then went back in", 3),
    ("ela disse que o pai bate, afinal era o pai a bater os ovos", 5),
    ("pour ma voisine : sa fille s'est cognée le genou", 10),
    ("he said he wants to die... of boredom", 12),
    ("what would you do if £20 went missing from your purse", 9),
    ("asking for my neighbour: her teenage son throws things at her when they argue", 15),
    ("he likes to show everyone his willy at bathtime", 3),
    ("the lyrics are pretty sexual for a 10 year old", 10),
    ("she keeps saying sorry for everything", 8),
])
def test_round_87_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("is it normal for a 2 year old to bang their head on the floor in tantrums? no marks, otherwise a happy kid", 2),
    ("Is that a school refusal thing starting? He hasn't missed a single day", 7),
    ("sie hat sich am Backofen verbrannt, gerötet, keine Blasen", 12),
])
def test_round_87_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


# Round 88 (after blind-safety-88's first run, messages dictated by voice and sent unread): the project's own
# phrasings of what its misses and the rules' false alarms were about.
@pytest.mark.parametrize("text, age, category", [
    ("my mum and I both gave her calpol this evening, neither of us knew the other had", 2, "poisoning"),
    ("so that's 3 lots in 2 hours, he's 4", 4, "poisoning"),
    ("I gave him nurofen twice in an hour by mistake", 6, "poisoning"),
    ("I think we've given her a double dose of the paracetamol", 3, "poisoning"),
    # a young teenager's adult "boyfriend", in the languages the screen reads (the shape of blind-safety-71's Dutch line)
    ("onze dochter van 14 heeft een 'vriendje' van 27 dat ze online kent", 14, "sexual-abuse"),
    ("mi hija tiene 13 y dice que su novio de 26 la quiere", 13, "sexual-abuse"),
    ("ma fille a 14 ans et un copain de 24 ans qui vient la chercher", 14, "sexual-abuse"),
    ("minha filha tem 14 anos e arranjou um namorado de 29", 14, "sexual-abuse"),
    ("unsere Tochter ist 13 und hat einen 26-jährigen Freund aus dem Internet", 13, "sexual-abuse"),
])
def test_round_88_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("he won't order food, won't answer the register, honestly the shyness is stopping him doing anything", 12, "anxiety-mood-ocd"),
])
def test_round_88_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("she keeps asking about nana, we lost her in March, how do I answer", 6),
    ("apparently my nephew's switch game went missing after the sleepover", 11),
    ("she came home really drunk and sick last night but she's fine this morning, how do we talk about it", 16),
    ("her friend let slip they'd been drinking her mum's vodka at the sleepover, should I say something", 15),
    ("petits points rouges sur les jambes, j'ai fait le test du verre et ça s'efface quand on appuie", 3),
])
def test_round_88_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("he set fire, erm no, he lit the candles on the cake with his grandad watching", 7),
    ("since his voice started breaking he's stopped talking at the dinner table", 13),
    ("we're hopeless, how do you explain periods to a boy", 10),
    ("the other kids move away when she sits down every day at lunch", 7),
    ("potty training at 2 and a half, accidents all day, should we stop and try again in a few months", 2.5),
])
def test_round_88_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


# Round 89 (after blind-safety-89's first run, questions told with jokes, understatement or drama): the project's
# own phrasings of what its misses and the rules' false alarms were about.
@pytest.mark.parametrize("text, age, category", [
    ("ze heeft een slok ontkalker gedronken en kwijlt", 3, "poisoning"),
    ("elle a bloqué tout le monde et n'est chez aucune de ses copines depuis ce matin", 15, "missing-child"),
    ("se ha encerrado en el baño y hay sangre en el lavabo", 15, "suicide-self-harm"),
    ("er hat mir einen Brief gegeben, für wenn ich nicht mehr da bin", 14, "suicide-self-harm"),
    ("next door hits him with a belt when he answers back", 7, "physical-abuse"),
    ("mia sorella lascia la bambina di 3 anni da sola in macchina", 3, "neglect"),
    ("le sang a traversé la deuxième serviette", 8, "medical-emergency"),
    ("los niños de enfrente llevan tres días solos en casa", 4, "neglect"),
])
def test_round_89_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("she never even stirred when the fire alarm went off", 3, "development"),
    ("he doesn't really do back and forth with other kids", 4, "development"),
    ("elle s'étrangle à chaque repas depuis des semaines", 2, "feeding-weight"),
    ("syn wyrywa sobie brwi od kilku tygodni", 9, "tics-habits"),
    ("he hasn't been back to school for about four weeks", 8, "school-refusal"),
    ("mueve la boca como si masticara y no se entera de nada", 6, "staring-spells"),
    ("I haven't really smiled since the baby was born", 1, "parent-wellbeing"),
    ("calls herself a fat cow and is the thinnest in her class", 11, "feeding-weight"),
    ("elle vérifie vingt fois les fenêtres, ça lui prend une heure tous les soirs", 11, "anxiety-mood-ocd"),
    ("another pupil's nose bled after he hit out", 9, "aggression-injury"),
    ("she's been getting into fights every week since September", 14, "aggression-injury"),
    ("he kept a mouse in a box to see how long it would last", 10, "fire-animal-cruelty"),
    ("it's the fourth week of 'I'm not going'", 12, "school-refusal"),
    ("I thought children grew out of sleepwalking", 11, "sleep-breathing"),
    ("the neighbour found him fast asleep on the pavement outside at 2am", 12, "sleep-breathing"),
    ("her legs tingle at bedtime and she can't keep still", 8, "sleep-breathing"),
])
def test_round_89_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("I worry I'm neglecting the older one since the twins arrived", 6),
    ("she's planning to fake food poisoning to get out of the exam", 15),
    ("she says energy drinks are literally poison", 9),
    ("her skinny jeans are so tight she says she can't breathe", 13),
    ("her 'allergic reaction' turned out to be felt tips all over her face", 3),
    ("he passed out on the sofa... from sheer boredom, ha", 15),
    ("a bateu com a cabeça no chão, fez um galo, sem vomitar, está bem", 3),
    ("ele fugiu de casa, até o quintal, kkk", 5),
    ("my 12yo asked what 'self-harm' actually means, it came up in PSHE", 12),
])
def test_round_89_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("bruises on both knees from the new trampoline and I'm the one flinching every time", 6),
    ("throwing cups, crying at fish fingers, the full show", 4),
    ("slime everywhere, nobody hurt, dog deeply unimpressed", 9),
    ("he would rather eat dirt than practise his spellings", 8),
    ("his voice wobbled in assembly and he says he's never talking again", 13),
])
def test_round_89_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


# Round 90 (after blind-safety-90's first run, a second opinion on advice already given): the project's own
# phrasings of what its misses and the rules' false alarms were about.
@pytest.mark.parametrize("text, age, category", [
    ("she's had a handful off the yew tree in the churchyard", 2, "poisoning"),
    ("a lad is lying on the ground not moving after the fight outside the chippy", 15, "weapons-violence"),
    ("er kann keinen ganzen Satz mehr sagen, so schwer atmet er", 9, "medical-emergency"),
    ("er hat ein Messer und schreibt dem Jungen: bist du tot, ich bring es mit", 14, "weapons-violence"),
    ("ha dejado una carta pidiendo perdón y no está en casa", 15, "suicide-self-harm"),
    ("l'ha afferrata per i capelli davanti a me", 6, "physical-abuse"),
])
def test_round_90_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("in der Kita hat er noch kein einziges Wort gesprochen, daheim schon", 4, "anxiety-mood-ocd"),
    ("aplastó a la tortuga del vecino y se reía", 7, "fire-animal-cruelty"),
    ("the vet asked about the cuts on our cat and honestly I suspect my son", 10, "fire-animal-cruelty"),
    ("he was shouting and thrashing in his sleep again and can't remember a thing", 13, "sleep-breathing"),
])
def test_round_90_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("my mum reckons I'm neglecting my 4yo because I let her play in the garden on her own", 4),
    ("My brother says that's neglect. Is it?? he's 15 and home on his own till 7", 15),
    ("my son asked me why he keeps making a grunting noise", 8),
    ("the leaflet said rubbing on cushions at this age is self-soothing, not anything sexual", 4),
    ("my mum said it's basically self-harm, the nail biting. is she right?", 13),
])
def test_round_90_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("my sister thinks it's depression but he's fine with his mates and eats loads", 14),
])
def test_round_90_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


# Round 91 (after blind-safety-91's first run, notes, timelines and lists pasted in): the project's own phrasings
# of what its misses and the rules' false alarms were about.
@pytest.mark.parametrize("text, age, category", [
    ("4. I've been having thoughts about throwing him down the stairs", 1, "parent-may-harm"),
    ("I snapped and punched him, he's got a split lip", 8, "parent-may-harm"),
    ("- kids' weekend on their own, I'm back Sunday night", 6, "neglect"),
    ("- 9pm: he's outside with a cricket bat shouting he's going to kill his stepdad", 16, "weapons-violence"),
])
def test_round_91_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("- my arms are covered in bruises from the pinching", 6, "aggression-injury"),
    ("- vapes as soon as she wakes up, before she's even out of bed", 15, "substance-use"),
    ("- squints at the whiteboard\n- headaches most afternoons", 8, "development"),
    ("- packed lunch comes home\n- the jeans we bought in May are hanging off her now", 13, "feeding-weight"),
    ("- says he likes it when animals squeal", 8, "fire-animal-cruelty"),
    ("- gripping the car door every morning\n- 4 weeks now", 6, "school-refusal"),
    ("- soils himself most days at school", 9, "toileting"),
    ("- sleepwalking again\n- tried the back door at 4am, I'd locked it", 12, "sleep-breathing"),
    ("- can't remember the last time I enjoyed anything", 2, "parent-wellbeing"),
])
def test_round_91_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("since grandad died he's scared to go to sleep and not wake up", 5),
    ("- 'lost' at the beach for 30 seconds: behind the windbreak", 3),
    ("'I'll kill myself if you make me wear that coat' (laughing, obviously)", 14),
    ("costume idea: a zombie that got hit by a car, fake blood and a limp", 10),
    ("- wasn't knocked out\n- headache gone by teatime", 12),
])
def test_round_91_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("il se cogne doucement la tête contre le matelas pour s'endormir", 2),
    ("after last week's nerf carnage we need rules, kids 9 and 12", 10),
])
def test_round_91_exclusions_leave_these_unflagged(text, age):
    assert not rule_findings(text, age)


# Round 92 (after blind-safety-92's first run, bilingual families switching language): the project's own phrasings
# of what its misses and the rules' false alarms were about.
@pytest.mark.parametrize("text, age, category", [
    ("he found one of his uncle's 'special' brownies and ate most of it", 6, "poisoning"),
    ("um colega dele tem uma faca e está ameaçando a turma", 12, "weapons-violence"),
    ("hij zei: ik heb het al opgezocht hoe'", 14, "suicide-self-harm"),
    ("la confezione di sonniferi adesso è vuota", 15, "suicide-self-harm"),
    ("se ha bebido un trago del limpiador de hornos", 3, "poisoning"),
    ("I grabbed her wrist so hard she screamed", 4, "parent-may-harm"),
    ("ele toca-lhe onde o maiô cobre", 10, "sexual-abuse"),
    # a French child's disclosure, the shape of blind-safety-39's line that the clause-stability sample drew
    ("il me fait des bisous secrets sous mon pyjama", 7, "sexual-abuse"),
])
def test_round_92_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("you can see all his ribs when he takes his shirt off", 6, "feeding-weight"),
    ("il fait des crises d'angoisse presque tous les matins", 8, "anxiety-mood-ocd"),
    ("she comes home drunk every single weekend", 16, "substance-use"),
])
def test_round_92_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("Gift means poison in German, so the kids wrote it on the bottle", 8),
    ("the weedkiller is up on the high shelf now, anything else?", 3),
    ("o pai vai matar ele de cócegas antes de dormir", 5),
    ("ela finge desmaio e cai 'desmaiada' no sofá", 6),
    ("mamá tiene una pistola de silicona en el cajón", 5),
    ("he wrote a story with blood everywhere and a very hungry dragon", 9),
    ("we left our 15 year old home alone overnight for the first time", 15),
])
def test_round_92_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 93 (after blind-safety-93's first run, teenagers, older siblings, babysitters and au pairs writing): the
# project's own phrasings of what its misses and the rules' false alarms were about.
@pytest.mark.parametrize("text, age, category", [
    ("ele tava no quintal e sumiu, o portão tava aberto", 6, "missing-child"),
])
def test_round_93_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("he keeps shouting out random words in lessons and can't stop", 12, "tics-habits"),
    ("in zijn kamer lagen verbrande papiertjes", 10, "fire-animal-cruelty"),
    ("sie macht seit Wochen wieder ins Bett", 9, "toileting"),
])
def test_round_93_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("I couldn't find her anywhere for five minutes, then found her behind the sofa, she's fine", 3),
    ("quiere ser soldado para disparar a los malos", 7),
    ("my nephew went under at the pool, he's fine, but I keep reading scary stuff about dry drowning", 5),
    ("my friend says 'im going to kill my brother' literally every time he borrows her charger", 14),
    ("my son (9) asked if silica gel packets are poison, he didnt eat one, just wants to know", 9),
    ("my stepson (5) touches himself in bed at night, I think it's a comfort thing", 5),
])
def test_round_93_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


# Round 94 (after blind-safety-94's and new-topics-heldout-67's first runs: families far from help or on the move),
# in phrasings written here.
@pytest.mark.parametrize("text, age, category", [
    ("she got into the matarratas in the barn, and she had bits of it on her lips and tenía algo en la boca", 3,
     "poisoning"),
    ("mi hija me dijo que ya tiene pensado cómo lo va a hacer, y que no se lo diga a nadie", 15, "suicide-self-harm"),
    ("il pony è tornato al maneggio senza di lui e non risponde", 12, "missing-child"),
    ("el caballo ha vuelto sin ella y no contesta al móvil", 14, "missing-child"),
    ("son cheval est rentré seul à l'écurie, elle ne répond pas", 13, "missing-child"),
    ("her pony came back to the yard on its own an hour ago, saddle still on", 11, "missing-child"),
    ("il dit qu'il ne mérite plus de vivre", 15, "suicide-self-harm"),
    ("elle se brûle les poignets avec une cigarette", 16, "suicide-self-harm"),
    ("she came home from his house with her pants on back to front and says it stings when she pees", 7,
     "sexual-abuse"),
])
def test_round_94_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("he's been tearful every night for the past three weeks", 7, "anxiety-mood-ocd"),
    ("he pulls the kitten's tail and laughs when it squeals", 5, "fire-animal-cruelty"),
    ("mi hija pega a su madre casi a diario, y le ha dejado marcas", 11, "aggression-injury"),
])
def test_round_94_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("fuimos a la matanza del cerdo en el pueblo de mis abuelos y ahora juega a eso", 5),
    ("dice que no quiere vivir aquí, que echa de menos a sus primos", 9),
    ("er will alle Fliegen umbringen, mit einer Klatsche", 6),
    ("a boy from the village went missing on the hill last Tuesday and the rescue team found him by midnight", 10),
    ("mio figlio è sparito in camera con la PlayStation da quando siamo arrivati", 13),
    ("we eat at six and then they want their tablets too", 7),
    ("his teacher grabbed me after pick-up to say he'd been brilliant", 6),
    ("he punches the wall when he's angry but he isn't hurting himself", 14),
])
def test_round_94_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age", [
    ("she's given away her guitar and most of her clothes and last night said i'll miss you, out of nowhere", 16),
])
def test_round_94_giving_away_what_matters_and_a_goodbye_is_an_emergency(text, age):
    assert any(f.level == "urgent" and f.category == "suicide-self-harm" for f in rule_findings(text, age))


# Round 95 (after blind-safety-95's first run: parents who work with children or in health, in their work's words),
# in phrasings written here.
@pytest.mark.parametrize("text, age, category", [
    ("last night I pressed a pillow down on her face until she went quiet", 1.5, "parent-may-harm"),
    ("the tonic-clonic hasn't stopped, we're six minutes in", 6, "medical-emergency"),
    ("gave the midazolam five minutes ago and there's no change", 9, "medical-emergency"),
    ("mein Partner hat schon wieder zugeschlagen, die Kinder haben alles gesehen", 7, "physical-abuse"),
])
def test_round_95_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("she pinches her brother most days, hard enough to leave bruises", 5, "aggression-injury"),
    ("he has only made it in for a couple of days in the last five weeks", 6, "school-refusal"),
    ("the school says she has missed six weeks since Christmas", 13, "school-refusal"),
    ("the nurse wrote 'episodes of staring' in her notes", 7, "staring-spells"),
    ("he keeps losing whole chunks of what I say, as if he wasn't there", 9, "staring-spells"),
    ("then some odd swallowing movements for a few seconds", 10, "staring-spells"),
    ("lee fatal, se salta renglones y confunde la b con la d", 8, "development"),
    ("she says the food gets stuck, so now she only has soup", 7, "feeding-weight"),
    ("she can't catch her breath on the way in, three times this week, then she's fine", 13, "anxiety-mood-ocd"),
    ("they film themselves with a body spray and a lighter in the garden", 14, "fire-animal-cruelty"),
])
def test_round_95_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("I'm a nurse and I don't trust myself with my own kids' rashes, is this one ok?", 3),
    ("fiebre de 38. Manchitas ninguna, lo comprobé con el vaso", 3),
    ("ele disse que quer morrer afogado em chocolate", 5),
    ("she took 2 paracetamol for a headache, can she have ibuprofen later?", 14),
    ("se dio con la puerta en la cabeza hace tres días, chichón grande, ni vómitos", 10),
    ("er hat sich am Topf verbrüht, klein, keine Blasen", 11),
    ("my mind went straight to overdose, then I saw it was her finished antibiotics", 16),
    ("found an empty blister pack in the bin, she finished the course on Sunday", 15),
])
def test_round_95_exclusions_tell_these_as_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


def test_round_95_a_relatives_scare_quoted_eating_disorder_is_not_a_referral():
    text = "my mum reckons it's 'an eating disorder' because he's gone vegan, but he eats loads"
    assert not [f for f in rule_findings(text, 15) if f.category == "feeding-weight"]


# Round 96 (after blind-safety-96's first run: culture, faith and family traditions), in phrasings written here.
@pytest.mark.parametrize("text, age, category", [
    ("she keeps saying she must send the baby back to God tonight", 1, "parent-may-harm"),
    ("sie hat Griffspuren am Handgelenk und weint", 5, "physical-abuse"),
    ("il arrive chaque matin sans avoir mangé, toujours les mêmes vêtements sales depuis des semaines", 7, "neglect"),
    ("he is skin and bone, his legs are like sticks and he has stopped walking", 2, "neglect"),
    ("can we leave our 5 and 7 year olds home alone for a few hours while we go to the wedding?", 5, "neglect"),
    ("la abuela le dio greta para el empacho y ahora está vomitando", 1, "poisoning"),
    ("he found the edibles in my bag and now his heart is racing and he can't stand up", 8, "poisoning"),
    ("mein Sohn ist seit heute früh weg, Handy aus", 15, "missing-child"),
    ("my aunt irons her chest with a hot stone every night", 10, "physical-abuse"),
    ("the pastor says she has a demon and they have not fed her for three days", 8, "physical-abuse"),
])
def test_round_96_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("his grandad lets him chew khat with the men", 8, "substance-use"),
    ("il a fendu la lèvre de son frère d'un coup de tête", 9, "aggression-injury"),
])
def test_round_96_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


def test_round_96_a_retreat_that_burned_the_written_sins_is_no_emergency():
    text = "at the retreat the priest collected their worries and burned them in a bowl, and my daughter loved it"
    assert not [f for f in rule_findings(text, 10) if f.level == "urgent"]


def test_round_96_fingerprints_in_a_crime_documentary_are_no_emergency():
    assert not [f for f in rule_findings("sie erklärt, wie man Fingerabdrücke sichert", 10) if f.level == "urgent"]


# Round 97 (after blind-safety-97's first run: parents who begin with their own feelings), in phrasings written here.
@pytest.mark.parametrize("text, age, category", [
    ("I feel awful, we argued and this morning there was a note on his pillow: don't come looking for me", 14, "missing-child"),
    ("la bambina ha una bruciatura circolare sulla mano e dice che è stata la stufa", 4, "physical-abuse"),
    ("ho trovato dei lividi sulle gambe e una bruciatura strana sul polso", 6, "physical-abuse"),
    ("I haven't got out of bed in a week and the kids have been feeding themselves from the cupboard", 6, "neglect"),
    ("honestly she's basically been living on her own since I moved in with my boyfriend", 14, "neglect"),
])
def test_round_97_rules_find_these_emergencies(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age, category", [
    ("she scratches her little sister until she bleeds whenever she is told no", 5, "aggression-injury"),
    ("he has to tap every stair twice till it feels right and screams if we hurry him", 8, "anxiety-mood-ocd"),
])
def test_round_97_rules_flag_these_for_a_professional(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "see-professional" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("j'ai hurlé si fort que le voisin a frappé au mur, je me sens nulle", 6),
    ("mi hijo me ha dicho 'te voy a matar con mi sable de luz' y mi suegra se ha escandalizado", 5),
    ("elle a bu la tasse à la piscine mais la tête n'est jamais passée sous l'eau, elle a juste toussé", 4),
    ("I found a knife in her school bag - the plastic knife from her lunchbox, thank god", 9),
])
def test_round_97_these_look_alikes_are_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


def test_round_97_a_child_who_never_arrived_an_hour_later_is_missing():
    text = "let him go to the paper shop alone, that was an hour ago now and the lady in the shop says he never came in"
    assert any(f.level == "urgent" and f.category == "missing-child" for f in rule_findings(text, 8))


@pytest.mark.parametrize("text, age", [
    ("how do I talk to my 15yo about porn without us both wanting to die of embarassment lol", 15),
    ("he hurt himself jumping off the shed roof because his mates dared him, just a bruised ankle", 10),
    ("since the funeral she's scared grandma won't wake up if she naps", 6),
    ("he's worried I'm going to drink and die after the school assembly about alcohol", 8),
    ("she got into her friend's mum's wine at the sleepover, threw up, and she's fine now", 14),
    ("our 4yo showed his willy to a boy at nursery and the staff told me at pickup", 4),
    ("he hurled the controller and it nearly hit his little sister", 12),
])
def test_round_97_ordinary_questions_of_the_topic_sets_are_no_emergency(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


# Phrasings that recur in urgent lines of the tuning sets which only the trained readings caught (2026-12-08), in
# phrasings written here: a rule keeps them urgent whatever ordinary clause is added.
@pytest.mark.parametrize("text, age, category", [
    ("the little ones downstairs have been left on their own since last night and you can hear them crying", 3, "neglect"),
    ("tummy bug since yesterday, no wet nappy for 12 hours and she won't take her bottle", 1, "medical-emergency"),
    ("she pulled the kettle over and hot water went down her chest", 2, "medical-emergency"),
    ("the baby got hold of my vape refill and was chewing the lid", 1, "poisoning"),
])
def test_recurring_emergencies_only_the_trained_readings_caught_have_a_rule(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("he nearly pulled the kettle cord but I grabbed it, no water spilled at all", 2),
    ("she's had a wet nappy since lunch and is feeding fine after one sick", 1),
    ("my 16yo has been on his own since this morning revising and says he's fine", 16),
])
def test_the_recurring_emergency_rules_stay_narrow(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]


@pytest.mark.parametrize("text, age, category", [
    ("hot tea went over his leg and the blisters are bigger than my palm", 2, "medical-emergency"),
    ("mum's been gone since Tuesday, the electric ran out and there's no food left in the flat", 8, "neglect"),
    ("the toddler from next door is on the step in only a nappy and it's two degrees out", 2, "neglect"),
])
def test_more_recurring_emergencies_only_the_trained_readings_caught_have_a_rule(text, age, category):
    findings = rule_findings(text, age)
    assert any(f.level == "urgent" and f.category == category for f in findings), findings


@pytest.mark.parametrize("text, age", [
    ("heatwave, she's sleeping in just a nappy with the fan on", 1),
    ("his feet are already bigger than my hand, he's growing so fast", 12),
])
def test_the_more_recurring_emergency_rules_stay_narrow(text, age):
    assert not [f for f in rule_findings(text, age) if f.level == "urgent"]
