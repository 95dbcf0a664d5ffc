"""Table tests through the real model: sentence -> expected triples and expected non-triples.

One row per case; symmetric relations are written with their ends sorted.
"""

from __future__ import annotations

import pytest

from conftest import triples, undirected

# A club named after the family that runs it: "Mancini" alone is the president
_FAMILY_CLUB = ("The president of Eccellenza Molisana side Virtus Mancini has threatened to withdraw the club from "
    "the league, the club said on Monday. Ermanno Mancini, 59, whose grandfather founded the club, said he had sent "
    "lawyers to the court. The federation's general secretary, Stefania Riva, said she had received a text message "
    "from Mancini on Sunday evening. Virtus Mancini coach Paolo Guidi declined to back his president. The club's "
    "captain, Matteo Sala, praised Guidi.")

POSITIVE = [
    # each relation type, plain verbs
    ("Senator Maria Lopez endorsed Governor Tom Becker on Tuesday.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Prime Minister Rajiv Menon criticized Sunil Kapoor over the budget.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    ("Coach Elena Park praised Diego Alvarez after the match.", ("Elena Park", "praised", "Diego Alvarez")),
    ("Mayor Paul Grant threatened Acme Corp with fines.", ("Paul Grant", "threatened", "Acme Corp")),
    ("Laura Chen texted Mark Hollis late on Sunday.", ("Laura Chen", "texted", "Mark Hollis")),
    ("Governor Ana Silva called President Luis Moreno on Friday.", ("Ana Silva", "called", "Luis Moreno")),
    ("Chancellor Hans Weber met Prime Minister Kenji Sato in Berlin.", ("Hans Weber", "met", "Kenji Sato")),
    ("Acme Corp spokesperson Julia Ross declined to comment.", ("Julia Ross", "works_for", "Acme Corp")),
    ("Peter Novak and his wife Anna Novak attended the gala.", ("Anna Novak", "family", "Peter Novak")),
    # passive voice
    ("Tom Becker was endorsed by Senator Maria Lopez.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Sunil Kapoor was sharply criticized by Rajiv Menon.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    # coordination
    ("Bernard Sims and Elizabeth Warren endorsed Ada Okafor.", ("Bernard Sims", "endorsed", "Ada Okafor")),
    ("Bernard Sims and Elizabeth Warren endorsed Ada Okafor.", ("Elizabeth Warren", "endorsed", "Ada Okafor")),
    ("Ada Okafor praised Bernard Sims and Elizabeth Warren.", ("Ada Okafor", "praised", "Elizabeth Warren")),
    # nominal cues
    ("Maria Lopez's endorsement of Tom Becker surprised many.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Luis Moreno received a call from Ana Silva on Friday.", ("Ana Silva", "called", "Luis Moreno")),
    ("A meeting between Hans Weber and Kenji Sato was held in Berlin.", ("Hans Weber", "met", "Kenji Sato")),
    ("Julia Ross, a spokeswoman for Acme Corp, said the deal was off.", ("Julia Ross", "works_for", "Acme Corp")),
    # multi-word and light-verb cues
    ("Maria Lopez threw her support behind Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Rajiv Menon took aim at Sunil Kapoor during the debate.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    ("Rajiv Menon labeled Sunil Kapoor a liar.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    # pronouns
    ("Ana Silva spoke to reporters. She said she had thanked Luis Moreno.", ("Ana Silva", "praised", "Luis Moreno")),
    # "praised what she called his courage": the naming clause of a free relative says what
    ('Laurent Vasseur spoke on Monday. Prime Minister Helene Darrieux praised what she called his "courage and clarity."',
     ("Helene Darrieux", "praised", "Laurent Vasseur")),
    # what a message says: its speaker texted the one spoken to
    ("In the messages, Tomasz Wrobel allegedly told Katarzyna Zielinska that things could get uncomfortable for her.",
     ("Tomasz Wrobel", "texted", "Katarzyna Zielinska")),
    ("Shanice Whyte showed reporters WhatsApp messages in which Federico Santangeli told her that the payments had been delayed.",
     ("Federico Santangeli", "texted", "Shanice Whyte")),
    # a title goes to the holder named before it, not to one with the same office named later
    ("Lorain County Commissioner Dale Hoffman repeatedly texted the budget office last fall. In one message, the Republican "
     "commissioner told budget director Maria Esposito to wait. Fellow Commissioner Anita Ruiz praised Esposito.",
     ("Dale Hoffman", "texted", "Maria Esposito")),
    # a country before a player's position is its national team
    ("Kenya striker Michael Otieno scored twice on Sunday.", ("Michael Otieno", "works_for", "Kenya")),
    # "until" in the speaker's apposition is no condition on what she says
    ("Desislava Petrova, until now the firm's chief financial officer, said she had met Stoyan Marinov on Monday.",
     ("Desislava Petrova", "met", "Stoyan Marinov")),
    # "told Y of the decision in a meeting": the meeting the parser hung on the noun is the verb's
    ("Club president Jon Arregi told Iker Zubiaurre of the decision in a meeting at the training ground on Sunday.",
     ("Jon Arregi", "met", "Iker Zubiaurre")),
    # a title's phrase followed by a name between commas: the title is that person
    ("Aivars Liepins defended the plan and praised the governor of the central bank, Dace Krumina, for sober guidance.",
     ("Aivars Liepins", "praised", "Dace Krumina")),
    # "X, of the Y party,": the "of" after the name's comma, wherever the parser hung it
    ('Asked whether he had spoken with Chen, Wang paused. He refused to say whether he would back the party nominee. "We will see."\n\n'
     "Premier (行政院長) Lai Ming-te, of the governing New Progress Party, declined to comment on the matter.",
     ("Lai Ming-te", "works_for", "New Progress Party")),
    # ... with the age between ("X, 61, of the Y party")
    ("Senator Augustine K. Varney rejected the result. Varney, 61, of the Unity for Progress Party, said "
     "his lawyers would file a complaint.", ("Augustine K. Varney", "works_for", "Unity for Progress Party")),
    # a party named in its own language ("Mouvement ...") is an organisation, not a person
    ("Opposition leader Nathalie Bégué of the Mouvement Progressiste Mauricien (MPM) told the National "
     "Assembly that the deal stinks.", ("Nathalie Bégué", "works_for", "Mouvement Progressiste Mauricien")),
    # a name the parser read as a naming predicate ("called [him] Rakesh Mandal") is the object
    ("Vinod Tiwari called Rakesh Mandal on Friday.", ("Vinod Tiwari", "called", "Rakesh Mandal")),
    # "the N-year-old": the one person the story gave that age, else the one just named who is
    # not the clause's own subject
    ("Ana Ruiz, 31, and Diego Soto, 24, both scored on Sunday. Coach Elena Park praised the 24-year-old for his work rate.",
     ("Elena Park", "praised", "Diego Soto")),
    ("Party chairman Agus Pranoto handed Hendra Wijaya the nomination letter on Wednesday and praised the 61-year-old as a man of integrity.",
     ("Agus Pranoto", "praised", "Hendra Wijaya")),
    ("Costa, the opener, was dropped on Monday. Captain Mitch Harper, who had backed Costa publicly, praised the 27-year-old's attitude.",
     ("Mitch Harper", "praised", "Costa")),
    # a gender guessed only from a given name other countries give the other sex is no bar to
    # the only person a pronoun can mean
    ("The opposition Lusaka Alliance on Sunday expelled its treasurer, Chanda Mulenga, accusing him of meeting Peter Banda in secret.",
     ("Lusaka Alliance", "criticized", "Chanda Mulenga")),
    # verb + particle and multi-word cues
    ("Governor Ana Silva came out against Mayor Paul Grant on Monday.", ("Ana Silva", "criticized", "Paul Grant")),
    ("Rajiv Menon got on the phone with Sunil Kapoor late on Sunday.", ("Rajiv Menon", "called", "Sunil Kapoor")),
    ("Hans Weber sat down with Kenji Sato in Tokyo.", ("Hans Weber", "met", "Kenji Sato")),
    ("Manchester United manager Ruben Amorim hit out at referee Anthony Taylor.", ("Ruben Amorim", "criticized", "Anthony Taylor")),
    ("Japanese Prime Minister Shigeru Ishiba held talks with Chinese President Xi Jinping in Lima.", ("Shigeru Ishiba", "met", "Xi Jinping")),
    ("Indian Prime Minister Narendra Modi spoke by phone with President Donald Trump on Monday.", ("Narendra Modi", "called", "Donald Trump")),
    ("Opposition leader Ana Ruiz lashed Finance Minister Tom Baker over the budget.", ("Ana Ruiz", "criticized", "Tom Baker")),
    # light verbs
    # "whose" + role + the name after the comma; a reporter's second verb; a shared family name.
    ("The strike was endorsed by the Harbour Federation of Labour, whose secretary-treasurer, Amrit Gill, spoke on Tuesday.",
     ("Amrit Gill", "works_for", "Harbour Federation of Labour")),
    ("Carla Mendes, whose husband, Tunde Adeyemi, sits on the board, spoke on Monday.",
     ("Tunde Adeyemi", "family", "Carla Mendes")),
    ("Pieter van Dijk said his athlete had been injured and accused David Kimutai of punishing honesty.",
     ("Pieter van Dijk", "criticized", "David Kimutai")),
    ("Lin Cheng-hao chairs Jadeite Semiconductor. His son, Lin Wei-jie, runs the design unit. "
     "Lin said he had fielded a call from Gregory Halloran.", ("Gregory Halloran", "called", "Lin Cheng-hao")),
    ("Hudson Kings guard DeShawn Mitchell criticized the team's front office on Monday.",
     ("DeShawn Mitchell", "works_for", "Hudson Kings")),
    # Kinship: a person NER calls a facility, a middle family name, "their" through an apposition,
    # and a relative named from the other side ("X's sister, Y" ... Y's "her brother").
    ("Yusuke Arai pitched on Sunday. Arai's wife, the former Olympic swimmer Mika Sato, watched from the stands.",
     ("Mika Sato", "family", "Yusuke Arai")),
    ("Hugo Quispe Mamani is running for president. Quispe's own cousin, Eusebio Mamani, once served as a deputy minister.",
     ("Eusebio Mamani", "family", "Hugo Quispe Mamani")),
    ("Rupert Ashcombe and his younger brother, Felix Ashcombe, faced each other in court over the estate of "
     "their mother, the stage actress Imogen Ashcombe.", ("Imogen Ashcombe", "family", "Rupert Ashcombe")),
    ("Tomas Berg's sister, Anna Berg, said she had called her brother on Monday.", ("Anna Berg", "called", "Tomas Berg")),
    # A descriptor written before a name is a title its holder keeps: "the guard" is Mitchell.
    ("Hudson Kings guard DeShawn Mitchell scored 30 points. Owen Pratt said he had sat down with the guard "
     "for lunch on Tuesday.", ("Owen Pratt", "met", "DeShawn Mitchell")),
    # One-word brands NER misses ("TalaTV", a start-up named after a hyphenated descriptor) and
    # more role nouns ("barrister").
    ("Senator Ramon dela Cruz threatened to block the franchise of broadcaster TalaTV. Dela Cruz accused "
     "TalaTV president Corazon Villamor of bias.", ("Corazon Villamor", "works_for", "TalaTV")),
    ("Senator Ramon dela Cruz threatened to block the franchise of broadcaster TalaTV.",
     ("Ramon dela Cruz", "threatened", "TalaTV")),
    ("Funmilayo Adeleke, the founder and chief executive of the payments start-up Kudiwise, accused the "
     "Central Bank of Nigeria on Tuesday of having ambushed her company.", ("Funmilayo Adeleke", "works_for", "Kudiwise")),
    ("Felix Ashcombe's barrister, Helena Marchmont, told the court that his brother had texted him.",
     ("Helena Marchmont", "works_for", "Felix Ashcombe")),
    ("Civic Alliance senator Paola Greco accused Francesca Romano of neglect and threatened her with a "
     "second motion in the Senate.", ("Paola Greco", "threatened", "Francesca Romano")),
    # A quoted characterisation is name-calling; with a word of praise it is praise.
    ("Kennedy Mutua criticised the plan, calling Amina Hussein \"a candidate for hire.\"",
     ("Kennedy Mutua", "criticized", "Amina Hussein")),
    ("Carlo Ferraretti called his daughter Giulia Ferraretti \"the best manager this company has had.\"",
     ("Carlo Ferraretti", "praised", "Giulia Ferraretti")),
    ("Anthony Mireault had met the president of the Prairie Transit Workers Union, Sandra Kowalchuk, on the eve "
     "of the vote.", ("Anthony Mireault", "met", "Sandra Kowalchuk")),
    ("Agus Prasetyo, who is backed by the Nusantara Raya Party and by the Jakarta Traders Association, responded.",
     ("Jakarta Traders Association", "endorsed", "Agus Prasetyo")),
    # A finite "that" clause under a directive verb is reported fact, not a directive.
    ("Rupert Ashcombe and his younger brother, Felix Ashcombe, went to court. Felix Ashcombe's barrister told "
     "the court that his brother had texted him a week before.", ("Rupert Ashcombe", "texted", "Felix Ashcombe")),
    # "they" and "the three parties" are the whole list just named.
    ("Three opposition parties, the Forum for Democratic Renewal, the Copperbelt People's Movement and the "
     "Zambian Liberal Alliance, announced that they were backing Esther Nalumango.",
     ("Zambian Liberal Alliance", "endorsed", "Esther Nalumango")),
    ("The Forum for Democratic Renewal, the Copperbelt People's Movement and the Zambian Liberal Alliance "
     "signed the pact. Esther Nalumango thanked the three parties on Sunday.",
     ("Esther Nalumango", "praised", "Copperbelt People's Movement")),
    # An event noun around a clause: its subject took part; a coordinated subject shares it.
    ("During a call with Paul Grant on Friday, Ana Silva raised the tariffs.", ("Ana Silva", "called", "Paul Grant")),
    ("Ana Silva told Paul Grant in a phone call that the deal was off.", ("Ana Silva", "called", "Paul Grant")),
    ("Ana Silva and Paul Grant held a 40-minute phone call on Friday.", ("Ana Silva", "called", "Paul Grant")),
    # Joining or heading an organisation (present tense for a post), a name ending "United" is a club.
    ("Kendra Hargrove-Wells joined Marcus Bell's campaign in March as deputy policy director.",
     ("Kendra Hargrove-Wells", "works_for", "Marcus Bell")),
    ("Sofia Berg, who heads the Nordvik Telecom finance team, was named interim CEO.",
     ("Sofia Berg", "works_for", "Nordvik Telecom")),
    ("Luis Ortega, who manages Kingsmead United, was fined.", ("Luis Ortega", "works_for", "Kingsmead United")),
    ("Real Madrid coach Carlo Ancelotti criticized the referee.", ("Carlo Ancelotti", "works_for", "Real Madrid")),
    ("Ana Silva hit back at Paul Grant on Monday.", ("Ana Silva", "criticized", "Paul Grant")),
    ("Ana Silva shrugged off criticism from Paul Grant.", ("Paul Grant", "criticized", "Ana Silva")),
    ("Ana Silva spoke glowingly of Paul Grant.", ("Ana Silva", "praised", "Paul Grant")),
    ("Ana Silva expressed admiration for Paul Grant.", ("Ana Silva", "praised", "Paul Grant")),
    ("Ana Silva chastised Paul Grant.", ("Ana Silva", "criticized", "Paul Grant")),
    ("Ana Silva threatened legal action against Paul Grant.", ("Ana Silva", "threatened", "Paul Grant")),
    ("Ana Silva offered Paul Grant her full support.", ("Ana Silva", "endorsed", "Paul Grant")),
    ("Ana Silva sent Paul Grant a text message.", ("Ana Silva", "texted", "Paul Grant")),
    ("Ana Silva had lunch with Paul Grant.", ("Ana Silva", "met", "Paul Grant")),
    ("Ana Silva shook hands with Paul Grant.", ("Ana Silva", "met", "Paul Grant")),
    # Real-news coreference: a hyphenated title, an age descriptor, "the two" after two named people,
    # a surname the tagger misread, a gerund's subject.
    ("New York City Mayor-elect Zohran Mamdani arrived. President Donald Trump spoke. Later the president "
     "praised the mayor-elect.", ("Donald Trump", "praised", "Zohran Mamdani")),
    ("Zohran Mamdani won the primary. The 34-year-old democratic socialist had spent months attacking "
     "Andrew Cuomo.", ("Zohran Mamdani", "criticized", "Andrew Cuomo")),
    ("Zohran Mamdani thanked Donald Trump. His spokeswoman, Dora Pekec, said the two had also spoken by "
     "phone earlier in the week.", ("Zohran Mamdani", "called", "Donald Trump")),
    ("President Donald Trump arrived. Trump, for his part, had called Zohran Mamdani a \"communist.\"",
     ("Donald Trump", "criticized", "Zohran Mamdani")),
    ("Keir Starmer defended Rachel Reeves against criticism from opposition leader Kemi Badenoch.",
     ("Kemi Badenoch", "criticized", "Rachel Reeves")),
    ("Enzo Maresca had clashed with Chelsea's sporting directors, Paul Winstanley and Laurence Stewart, "
     "over transfers.", ("Laurence Stewart", "works_for", "Chelsea")),
    ("Ana Silva is married to Paul Grant.", ("Ana Silva", "family", "Paul Grant")),
    ("Ana Silva's marriage to Paul Grant ended in 2019.", ("Ana Silva", "family", "Paul Grant")),
    ("Ana Silva gave her endorsement to Paul Grant.", ("Ana Silva", "endorsed", "Paul Grant")),
    ("Ana Silva voiced support for Paul Grant's reelection bid.", ("Ana Silva", "endorsed", "Paul Grant")),
    ("Rajiv Menon leveled criticism at Sunil Kapoor over the deal.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    ("Harris thanked Taylor Swift for the endorsement during a rally.", ("Taylor Swift", "endorsed", "Harris")),
    # reported criticism
    ("Rajiv Menon referred to Sunil Kapoor as a traitor.", ("Rajiv Menon", "criticized", "Sunil Kapoor")),
    ("Ana Silva called Paul Grant a liar and a fraud.", ("Ana Silva", "criticized", "Paul Grant")),
    ("Elon Musk mocked Jeff Bezos on Monday.", ("Elon Musk", "criticized", "Jeff Bezos")),
    # xcomp / ccomp chains and relative clauses
    ("Senator Maria Lopez went on to endorse Tom Becker in the primary.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Tom Becker, whom Maria Lopez endorsed last year, lost the race.", ("Maria Lopez", "endorsed", "Tom Becker")),
    ("German Finance Minister Christian Lindner was fired by Chancellor Olaf Scholz, who accused him of betraying his trust.",
     ("Olaf Scholz", "criticized", "Christian Lindner")),
    # nominal events
    ("Hans Weber's texts to Kenji Sato were released by prosecutors.", ("Hans Weber", "texted", "Kenji Sato")),
    ("There was a phone call between Hans Weber and Kenji Sato on Friday.", ("Hans Weber", "called", "Kenji Sato")),
    ("Ana Silva and Paul Grant spoke in Lisbon. Their meeting lasted an hour.", ("Ana Silva", "met", "Paul Grant")),
    ("Olaf Scholz met Emmanuel Macron in Paris. Scholz later praised Macron's leadership.",
     ("Olaf Scholz", "praised", "Emmanuel Macron")),
    # threats through an infinitive and a proxy noun
    ("The governor, Ana Silva, threatened to cut off state funding to Springfield.", ("Ana Silva", "threatened", "Springfield")),
    ("Acme Corp and the Dockworkers Union met on Monday. Mayor Ann Lee later criticized the union.",
     ("Ann Lee", "criticized", "Dockworkers Union")),
    ("Rovers chairman Khalid Rahman criticised Sam Kerr's decision to leave.", ("Khalid Rahman", "criticized", "Sam Kerr")),
    # roles
    ("Julia Ross, an aide to Senator Maria Lopez, quit on Friday.", ("Julia Ross", "works_for", "Maria Lopez")),
    ("Acme Corp said its chief executive, John Miles, would step down.", ("John Miles", "works_for", "Acme Corp")),
    ("In a statement, Microsoft spokesman Frank Shaw said the company had no comment.", ("Frank Shaw", "works_for", "Microsoft")),
    ("Maria Lopez's daughter, Sofia Lopez, joined the campaign.", ("Maria Lopez", "family", "Sofia Lopez")),
    ("Sunil Kapoor is the brother of Rajiv Menon.", ("Rajiv Menon", "family", "Sunil Kapoor")),
    # titles and datelines
    ("LONDON (Reuters) - British Prime Minister Keir Starmer on Tuesday condemned Russian President Vladimir Putin.",
     ("Keir Starmer", "criticized", "Vladimir Putin")),
    # headlines
    ("Lopez Endorses Becker\nSenator Maria Lopez gave a speech in Ohio on Tuesday about Tom Becker.",
     ("Maria Lopez", "endorsed", "Tom Becker")),
    ("Okafor Throws Support Behind Reyes\nMargaret Okafor spoke in Dayton. Daniel Reyes thanked voters.",
     ("Margaret Okafor", "endorsed", "Daniel Reyes")),
    # a name NER tagged as an event ("the X League") is an organisation; a capitalised "League"
    # inside that name is not "the league" meaning another organisation
    ("Riverside United coach Tomas Berg lashed out at the Northern Professional League on Sunday.",
     ("Tomas Berg", "criticized", "Northern Professional League")),
    # "ROLE of ORG, NAME": the parser hangs the name on the organisation, but it is the role's holder
    ("Culture Minister Ana Ravu met the chairman of the Pacific Rowing Council, Semisi Tora, on Tuesday.",
     ("Ana Ravu", "met", "Semisi Tora")),
    ("Culture Minister Ana Ravu met the chairman of the Pacific Rowing Council, Semisi Tora, on Tuesday.",
     ("Semisi Tora", "works_for", "Pacific Rowing Council")),
    # "Region Governor NAME and City Mayor NAME spoke by phone": a place before a title is not a
    # person, the name after the title is one though NER missed it, and both spoke
    ("Santa Rita Governor Ana Lucia Prado Vega and Valdivia Mayor Tomas Orrego spoke by phone for an hour on Tuesday.",
     ("Ana Lucia Prado Vega", "called", "Tomas Orrego")),
    # a subject pronoun in a reported clause is the reporter, not a person named nearer
    ("Coach Ivan Petrov dropped his captain, Luka Marin. Marin's father, the former goalkeeper Goran Marin, "
     "said he had telephoned Petrov on Sunday night.", ("Goran Marin", "called", "Ivan Petrov")),
    # "the ROLE of the DESCRIPTOR ORG, NAME": an apposition chain; and a name the parser left as an
    # adverbial noun right after "warned" is its object
    ("The chairman of the Baltic utility Rauta Energia, Juhani Koski, warned the fund manager Liisa Marttila "
     "that her firm would be frozen out of every tender.", ("Juhani Koski", "works_for", "Rauta Energia")),
    ("The chairman of the Baltic utility Rauta Energia, Juhani Koski, warned the fund manager Liisa Marttila "
     "that her firm would be frozen out of every tender.", ("Juhani Koski", "threatened", "Liisa Marttila")),
    # a relative clause does the noun cue: "a text message she sent him"
    ("Marta Silva said that a text message she sent Rui Lopes on Saturday had gone unanswered.",
     ("Marta Silva", "texted", "Rui Lopes")),
    # hyphenated role after the organisation; a present post in the progressive
    ("Election Commission secretary-general Niran Boonmee said the vote was fair.",
     ("Niran Boonmee", "works_for", "Election Commission")),
    ("Prime Minister Somchai Dee, whose daughter, Malee Dee, is managing Ploy Srisai's campaign, stayed out.",
     ("Malee Dee", "works_for", "Ploy Srisai")),
    # a warning whose clause says who would be sanctioned
    ("The league's chairman, Pham Van Long, warned that Saigon Stars FC would be fined if its staff continued.",
     ("Pham Van Long", "threatened", "Saigon Stars FC")),
    ("Board chief Ayesha Karim warned that Imran Sheikh could lose his accreditation if he repeated the claim.",
     ("Ayesha Karim", "threatened", "Imran Sheikh")),
    # a name between commas right after "ROLE of ORG", however the parser attached it
    ("Wellington Mayor Tane Rua rang the chair of the Hutt Regional Council, Mere Kahu, on Tuesday morning.",
     ("Tane Rua", "called", "Mere Kahu")),
    ("Wellington Mayor Tane Rua rang the chair of the Hutt Regional Council, Mere Kahu, on Tuesday morning.",
     ("Mere Kahu", "works_for", "Hutt Regional Council")),
    # a title written before the name in apposition is the name's: "the minister" later means her
    ("The Minister for Housing, Aoife Brennan, exchanged texts with Declan Moran. Moran thanked the minister "
     "for keeping an open mind.", ("Declan Moran", "praised", "Aoife Brennan")),
    # "only once" counts, it does not make a condition
    ("Salma Idrissi said that she had met Rania Khoury only once, at a conference in Marrakech.",
     ("Salma Idrissi", "met", "Rania Khoury")),
    # "NAME, a lawyer whose husband ... , thanked X": no "and", so the verb is the sentence's own;
    # "the former minister" is the one former finance minister of the story
    ("Yaw Boateng, the former finance minister, endorsed Abena Mensah. Mensah, a lawyer whose husband, "
     "Kofi Mensah, sits on the board of the Cocoa Growers Union, thanked the former minister.",
     ("Abena Mensah", "praised", "Yaw Boateng")),
    ("Yaw Boateng, the former finance minister, endorsed Abena Mensah. Mensah, a lawyer whose husband, "
     "Kofi Mensah, sits on the board of the Cocoa Growers Union, thanked the former minister.",
     ("Kofi Mensah", "family", "Abena Mensah")),
    # kin named in a row of appositions; "her late father" is still her father
    ("Layla Hassan sued her uncle, Omar Hassan. Layla, 34, says her late father, Adel Hassan, Omar's elder "
     "brother, left the shares to her.", ("Adel Hassan", "family", "Omar Hassan")),
    ("Layla Hassan sued her uncle, Omar Hassan. Layla, 34, says her late father, Adel Hassan, Omar's elder "
     "brother, left the shares to her.", ("Adel Hassan", "family", "Layla Hassan")),
    # an undisputed allegation is a statement of fact
    ("Eleni Vardas alleges that Nikos Vardas sent a text message in January to Yannis Kollas.",
     ("Nikos Vardas", "texted", "Yannis Kollas")),
    # "X Spinning and Weaving": a trade word after "and" is part of the company's name
    ("Omar Farouk, the chairman of Nile Delta Spinning and Weaving, spoke on Sunday.",
     ("Omar Farouk", "works_for", "Nile Delta Spinning and Weaving")),
    # "co-founder" kept one word: the call is with the co-founder named, not with the one who owns him
    ("Carpathia's managing partner, Sorin Lupu, confirmed it in a phone call with Muresan's co-founder, "
     "Radu Popa, on Thursday.", ("Sorin Lupu", "called", "Radu Popa")),
    ("Green Party co-leader Leyla Demir praised the chancellor.", ("Leyla Demir", "works_for", "Green Party")),
    # a short name belongs to the organisation introduced first, not to a later one sharing it
    ("Omar Farouk is the chairman of Nile Delta Spinning and Weaving. The Nile Delta Workers' Committee backed "
     "him on Sunday. Nile Delta's chief financial officer, Rasha Fawzi, will testify.",
     ("Rasha Fawzi", "works_for", "Nile Delta Spinning and Weaving")),
    # a seat on an organisation's board is a post in it
    ("Lagos Union Bank reported a loss on Monday. Amara Eze, who sits on the bank's board, said the deal was fair.",
     ("Amara Eze", "works_for", "Lagos Union Bank")),
    ("Aminu Bello sits on the board of Kano Textile Mills.", ("Aminu Bello", "works_for", "Kano Textile Mills")),
    # a quoted predicate the parser read as a second object: name-calling
    ('Marit Lunde hit back on Sunday, calling Odd Haga "a bureaucrat who has never coached a team."',
     ("Marit Lunde", "criticized", "Odd Haga")),
    # a role's "of" object over a place before it; "the X union" is X; role "head"; "the festival"
    ("Derya Kaplan, the Ankara chairwoman of the opposition Yeni Yol Party, met Mert Aksoy on Monday.",
     ("Derya Kaplan", "works_for", "Yeni Yol Party")),
    ("The head of the Metall och Verkstad union, Britt Lund, said the offer was an insult.",
     ("Britt Lund", "works_for", "Metall och Verkstad")),
    ("The Nordlicht Jazz Festival lost its sponsor. The festival's director, Ilse Brandt, said on Friday that it would go on.",
     ("Ilse Brandt", "works_for", "Nordlicht Jazz Festival")),
    # a headline glues a descriptor onto a body name; a two-word family name is the full name's
    ("Afrobeat Star Kofi Asante Endorses Owusu Ampofo in Kumasi Race\nThe singer Kofi Asante met Ama Owusu Ampofo on Saturday.",
     ("Kofi Asante", "endorsed", "Ama Owusu Ampofo")),
    # a second object after ", but" is another clause's, not a predicate ("called Y a liar")
    ("Ravindra Sahu, president of the Odisha Jan Morcha (OJM), met BJD general secretary Kavya Nair at a state guest "
     "house in Cuttack late on Thursday, but the two-hour meeting ended without agreement, the people said.",
     ("Kavya Nair", "met", "Ravindra Sahu")),
    # a title closing a run of capitalised words belongs to the name after it
    ("Union president Ada Bello said that Telnet Chief Executive Chinedu Eze was a bully.",
     ("Chinedu Eze", "works_for", "Telnet")),
    # a verb conjoined to a passive shares its grammatical subject, not its agent
    ("Brian Kessler was endorsed last month by the Dairy Council, and on Friday picked up the support of "
     "Sheriff Dana Holt.", ("Dana Holt", "endorsed", "Brian Kessler")),
    # "and the two": the subject and object of the clause before, in one sentence
    ("The liberal candidate, Warsaw deputy mayor Ewa Nowak, had also courted Jan Kowal, and the two spoke by phone "
     "last Thursday.", ("Ewa Nowak", "called", "Jan Kowal")),
    ("Sheriff Chad Billings endorsed Brian Sokol after the two met in Wausau.", ("Chad Billings", "met", "Brian Sokol")),
    # a role inside one organisation, with no employer written: the organisation the story is about
    ("The Harbor City Hawks lost again on Sunday. The Hawks have won two of nine games. Coach Dana Pryor "
     "praised the defense, and said the Hawks would improve.", ("Dana Pryor", "works_for", "Harbor City Hawks")),
    # a warning whose consequence hangs on a condition is a threat, whatever the consequence
    ("Rovella FC president Marco Dini has warned Sam Obi that he will be left out of the squad for the rest of the "
     "season if the striker refuses to sign a new contract.", ("Marco Dini", "threatened", "Sam Obi")),
    ("The Financial Conduct Authority warned Harbourline Bank it would face higher capital requirements unless it "
     "overhauled its pay rules.", ("Financial Conduct Authority", "threatened", "Harbourline Bank")),
    # an acronym the tagger read as a common noun after "regulator"
    ("Peru's antitrust regulator INDECOPI warned Andesur on Wednesday that it would block the merger unless the "
     "airline gave up slots.", ("INDECOPI", "threatened", "Andesur")),
    # an infinitive hung on as an adverbial clause; a pronoun object is not its own clause's subject
    ("Rita Vance threatened on Sunday to force a vote to remove Paul Orr if he brings the bill to the floor.",
     ("Rita Vance", "threatened", "Paul Orr")),
    ("Lee Min-ho denied the report. Rep. Cho Ara accused Lee of lying and threatened to file a perjury complaint "
     "against him if the findings contradict his testimony.", ("Cho Ara", "threatened", "Lee Min-ho")),
    # "partner" is a role; "the company" and "it" make an organisation the story's own; a name's "of" organisation
    ("Paula Reyes, a Northgate Capital partner who sits on the board, criticised the deal.",
     ("Paula Reyes", "works_for", "Northgate Capital")),
    ("TOKYO (Bloomberg) -- The founding family of Hoshida Foods Co. is heading for a showdown. The company makes rice "
     "crackers, and it has 4,000 staff. Chairman Kenta Hoshida moved to oust his son on Friday.",
     ("Kenta Hoshida", "works_for", "Hoshida Foods Co")),
    ("Renata Farias of the leftist Workers' Party (PT) had accused him last week.",
     ("Renata Farias", "works_for", "Workers' Party")),
    # a descriptor right before a name is that name, however the parser attached the name
    ("The veteran producer Ada Kalu has accused the streaming service StreamKing of \"strangling\" film-makers.",
     ("Ada Kalu", "criticized", "StreamKing")),
    # "whose" when the parser lost the relative clause, or hung it on a place: the person before it
    ("Ana Lupu founded the firm. Lupu, 38, who owns 22 percent of the company and whose husband, Dan Lupu, heads its "
     "research team, described the demand as blackmail.", ("Dan Lupu", "family", "Ana Lupu")),
    ("Rosa Quispe, a former schoolteacher from Caylloma whose son, Jhon Quispe, works as an electrician at the pit, "
     "said she had not spoken to the company.", ("Jhon Quispe", "family", "Rosa Quispe")),
    # a passive's "by" agent hung on an adverbial; a descriptor of companies before a family name of the story
    ("Mayor Tane Rua rang the chair of the council, Mere Kora, on Tuesday. Rua was backed during that campaign by "
     "Kora's husband, the property developer Wiremu Kora, a fact that his opponents raised.",
     ("Wiremu Kora", "endorsed", "Tane Rua")),
    ("Mayor Tane Rua rang the chair of the council, Mere Kora, on Tuesday. Rua was backed during that campaign by "
     "Kora's husband, the property developer Wiremu Kora, a fact that his opponents raised.",
     ("Wiremu Kora", "family", "Mere Kora")),
    # "received the backing ... of X" hung on the verb; "a call from Kisumu Senator X" headed by the place
    ("Rita Farias leads the polls. Farias, who leads most polls with about 34% support, received the backing on "
     "Tuesday of former Recife Governor Sergio Lacerda Pimentel, a centrist.",
     ("Sergio Lacerda Pimentel", "endorsed", "Rita Farias")),
    ("Her spokesman said Governor Joy Achieng had also received a phone call on Sunday from Kisumu Senator Grace "
     "Atieno Omondi, who assured her of her support.", ("Grace Atieno Omondi", "called", "Joy Achieng")),
    # "learned of it in a phone call from X": the clause's subject took the call; a mutual verb's "between"
    ("Pierre Lenoir said he had learned of the split in a phone call from Anne Roche's sister and manager, Lise "
     "Roche, on Monday evening.", ("Lise Roche", "called", "Pierre Lenoir")),
    ("Text messages exchanged between Rahul Verma and Vikram Sethi in October show the two men clashing.",
     ("Rahul Verma", "texted", "Vikram Sethi")),
    # "the company" is the organisation named like a company ("... Co."), not the news agency
    ("TOKYO (Bloomberg) -- The founding family of Hoshida Foods Co. is heading for a showdown. Chairman Kenta Hoshida "
     "told Bloomberg News on Friday that he would fight. He threw his support behind Jun Ito, a 34-year company "
     "veteran who runs its factories in Osaka.", ("Jun Ito", "works_for", "Hoshida Foods Co")),
    # referent nouns answer to name words in other languages ("the union" is the "Sindicato ...")
    ("LISBON — The leader of the nurses' union, Rosa Lima, accused Health Minister Rui Sobral of lying as a strike by "
     "the Sindicato dos Enfermeiros Unidos closed 31 hospitals. The opposition Partido Renovador Social threw its "
     "backing behind the union on Tuesday.", ("Partido Renovador Social", "endorsed", "Sindicato dos Enfermeiros Unidos")),
    # hiring verbs: the one hired works for the hirer
    ("Chief selector Vikram Rao, who was appointed by the National Cricket Board last year, defended the squad.",
     ("Vikram Rao", "works_for", "National Cricket Board")),
    ("Harbor Freight Lines hired Jane Doe as its finance chief last year.", ("Jane Doe", "works_for", "Harbor Freight Lines")),
    # "dozens of text messages exchanged between X and Y"; "Y said the warning came in a call from X"
    ("In a 312-page ruling, Judge Maria Soto cited dozens of text messages exchanged between Hector Ruiz and the "
     "businessman, Osvaldo Pena, who runs Ferrovias del Sur.", ("Hector Ruiz", "texted", "Osvaldo Pena")),
    ("Elif Demir told reporters that the warning had come in a phone call from Deputy Minister Serdar Kaya on "
     "Thursday evening.", ("Serdar Kaya", "called", "Elif Demir")),
    # "the 24-year-old" read as an adjective by the tagger still refers to the person just named
    ("The pop singer Lena Brandt has ended her contract with her father, Rolf Brandt. In a statement, the "
     "24-year-old thanked her father for every early morning.", ("Lena Brandt", "praised", "Rolf Brandt")),
    # titles of one office: "Rep. X" is later "the congresswoman"
    ("Rep. Marisa Hart of Arizona spoke on Monday. Cole Brennan texted the Arizona congresswoman shortly before "
     "midnight.", ("Cole Brennan", "texted", "Marisa Hart")),
    # a backing held: "X, who has the support of Y" (Y endorsed X)
    ("Lena Brandt, who has the backing of Ilse Kranz, met Tomas Weil on Monday.", ("Ilse Kranz", "endorsed", "Lena Brandt")),
    # ... held by its owner ("has my full support"), or won in a passive ("was elected with the
    # backing of Y": the one elected holds it, not an agent)
    ('Prime Minister Leonor Barros told reporters that Rui Sousa "has my full support."', ("Leonor Barros", "endorsed", "Rui Sousa")),
    ("Maria Lopez was elected in 2024 with the backing of the Green Party.", ("Green Party", "endorsed", "Maria Lopez")),
    ("Lena Brandt, who is running with the support of Ilse Kranz, toured the port.",
     ("Ilse Kranz", "endorsed", "Lena Brandt")),
    # a possessive's relative who shares a family name marks the possessor
    ("Former India batter Ravindra Kulkarni said chief selector Sanjay Deshmukh had never forgiven him. "
     "His son, 22-year-old fast bowler Aditya Kulkarni, was left out.", ("Aditya Kulkarni", "family", "Ravindra Kulkarni")),
    ("Rahul Kulkarni said that Sanjay Deshmukh had never forgiven him. His son, Aditya Kulkarni, was left out.",
     ("Aditya Kulkarni", "family", "Rahul Kulkarni")),
    # a possessive in a fronted phrase points ahead to the clause's subject
    ("Anna Kowal praised Maria Nowak. Through her lawyer, Michał Sadowski, Nowak declined to comment.",
     ("Michał Sadowski", "works_for", "Maria Nowak")),
    # a rebutted report takes back only what it reported, not the accusation itself
    ("Ravindra Kulkarni accused Sanjay Deshmukh on Wednesday of dropping his son, an allegation Deshmukh firmly "
     "rejected.", ("Ravindra Kulkarni", "criticized", "Sanjay Deshmukh")),
    ('Patrick Dunleavy accused Marcus Oduya of threatening to transfer officers, an allegation the '
     'superintendent\'s office called "flatly untrue."', ("Patrick Dunleavy", "criticized", "Marcus Oduya")),
    # "the governor of Minas Gerais" is a place's office; "the governor" later is the person who holds it
    ("The mayor of Belo Horizonte accused the governor of Minas Gerais on Monday of betrayal. Mayor Fernanda "
     "Tavares said Governor Rogério Mendonça had phoned her. A spokesman for the governor, Anderson Queiroz, "
     "said Mendonça had made no promise.", ("Anderson Queiroz", "works_for", "Rogério Mendonça")),
    # a possessive surname the tagger read as a plural noun still names its person
    ("Mayor Fernanda Tavares said Rogério Mendonça had phoned her. Rogério Mendonça later praised Luísa Prado. "
     "The vote is in October. Six seats are at stake. Tavares's own party has not decided. Her husband, state deputy Marcelo Tavares, wrote that the party would meet.",
     ("Fernanda Tavares", "family", "Marcelo Tavares")),
    # a name before an organisation noun is an organisation, whatever its words ("Justice" is also a title)
    ("Hadidi said he would meet the heads of all parliamentary blocs. Mahmoud Freihat, who leads the Justice and "
     "Reform bloc, denounced the process.", ("Mahmoud Freihat", "works_for", "Justice and Reform")),
    ("His rival, Rana Obeidat, head of the reformist Civic Renewal bloc, said she had pulled out.",
     ("Rana Obeidat", "works_for", "Civic Renewal")),
    # a family name with its particle: "Hadidi" is "Salem al-Hadidi"
    ("Parliament elected Salem al-Hadidi as its speaker. Hadidi praised Rana Obeidat for her restraint.",
     ("Salem al-Hadidi", "praised", "Rana Obeidat")),
    # "the Championship club" is a club of that league, not the league: the story's club
    ("Felbury Town sacked manager Dale Pryor on Sunday, hours after a home defeat left the Championship club "
     "above the relegation zone. Pryor learned of it from sporting director Nikos Varga. Club captain Ade Musa "
     "thanked Pryor.", ("Ade Musa", "works_for", "Felbury Town")),
    # a role "in" an organisation; a portfolio title and the story's ministry of that portfolio
    ("Jonas Weber, a state secretary in the Transport Ministry, had messaged two officials in March.",
     ("Jonas Weber", "works_for", "Transport Ministry")),
    ("The Transport Ministry opened an inquiry. Transport Minister Greta Lind said she had accepted his resignation.",
     ("Greta Lind", "works_for", "Transport Ministry")),
    # a foreign kind word opens the name ("Partai ...", "Sindicato ...")
    ("Partai Amanah Rakyat chairman Bambang Wiryo announced the party's support for Dewi Lestari in Jakarta.",
     ("Bambang Wiryo", "works_for", "Partai Amanah Rakyat")),
    # a one-word name after a person's noun and a comma is a person
    ("Emeka Obi spoke on Monday. Obi's wife, Nkechi, a pediatrician in Mesa, appears in his ads.",
     ("Nkechi", "family", "Emeka Obi")),
    # a role's "of" phrase the parser cut at a common noun runs on to the name
    ("Marcus Hale is the brother-in-law of state Senator Dana Kowalski, a prominent ally.",
     ("Marcus Hale", "family", "Dana Kowalski")),
    # a party named like a portfolio ("Labour") is an organisation unless an office follows it
    ("Owen Pritchard, a Labour MP, praised the drivers on Monday.", ("Owen Pritchard", "works_for", "Labour")),
    # a later rebuttal takes back only the account reported just before, not background facts
    ("Ana Ruiz's allies accused Cole Brant of phoning the Ridge Farmers Union, which endorsed her in 2022, to urge "
     "it to drop her. Brant flatly denied that account on Thursday.", ("Ridge Farmers Union", "endorsed", "Ana Ruiz")),
    ("Tomas Lind said he had texted Rosa Delgado on Friday night. Rosa Delgado dismissed the allegations as "
     "the tantrums of a bad loser.", ("Tomas Lind", "texted", "Rosa Delgado")),
    ("Senate President Ana Ruiz said the bill would pass.", ("Ana Ruiz", "works_for", "Senate")),
    # a name that fires or signs someone in a role is an organisation, whatever NER says
    ("SÃO PAULO (AP) — Atlético Paulistano fired coach Renato Lemos on Sunday, a day after a home loss left the club "
     "in the relegation zone. Club president Fábio Nunes announced the decision.",
     ("Fábio Nunes", "works_for", "Atlético Paulistano")),
    # a delegation or mission stands for the organisation it comes from
    ("Josephine Kariuki met an International Monetary Fund mission in Nairobi last week.",
     ("Josephine Kariuki", "met", "International Monetary Fund")),
    # the organisation of the first of two roles holds for both
    ("Lumina co-founder and Chief Executive Daniel Tan met Ayu Lestari in Jakarta last week.",
     ("Daniel Tan", "works_for", "Lumina")),
    # a second noun joined to an apposition describes the same person
    ("Daniel Wafula, a member of parliament for Bungoma and Moses Nyongesa's cousin, said he would support the bill.",
     ("Moses Nyongesa", "family", "Daniel Wafula")),
    # a past-tense verb the parser read as an adjective ("the accused board chairman") is a verb
    ("Ana Ruiz accused board chairman Tom Baker of orchestrating her removal.", ("Ana Ruiz", "criticized", "Tom Baker")),
    ("Sportivo Parana sacked coach Gustavo Ferraresi on Sunday, hours after a 3-0 home defeat left the club bottom of the league.",
     ("Gustavo Ferraresi", "works_for", "Sportivo Parana")),
    # an accusation reported without quotation marks
    ("Union leader Grace Mwangi said Peter Otieno had lied to the workers.", ("Grace Mwangi", "criticized", "Peter Otieno")),
    # a speaker's copular verdict on someone: a pejorative predicate is criticism, a quoted word
    # of praise is praise
    ("Union leader Grace Mwangi told reporters that Peter Otieno was a liar.", ("Grace Mwangi", "criticized", "Peter Otieno")),
    ('Senator Joan Ruiz said Governor Tom Baker was reckless.', ("Joan Ruiz", "criticized", "Tom Baker")),
    ('Coach Elena Park said Diego Alvarez was "the most talented striker in the league."', ("Elena Park", "praised", "Diego Alvarez")),
    # a speaker's quoted judgement of someone's conduct is criticism
    ('Mayor Rosa Quintero said Vincent Amado had "betrayed the trust of the people of this city."',
     ("Rosa Quintero", "criticized", "Vincent Amado")),
    ('Ana Ruiz told reporters that Tom Lind had "spent three weeks throwing a tantrum because he did not get his way."',
     ("Ana Ruiz", "criticized", "Tom Lind")),
    # warnings: the object of an active sanction, and the one a conditional consequence hangs on
    ("Craig Ostrow also warned that the Titans would fine Marquise Dale the maximum for every day of camp he misses.",
     ("Craig Ostrow", "threatened", "Marquise Dale")),
    ('Deputy chief of staff Colin Mather warned that the mayor\'s office would "remember who was with us" if Felipe '
     'Arroyo voted against the spending plan.', ("Colin Mather", "threatened", "Felipe Arroyo")),
    # the conditional clause, not the first reported one ("The truce is fragile: ...")
    ('The truce is fragile: Halvorsen warned that he would "take my members out on strike" if Lindqvist went back on '
     'the wage deal.', ("Halvorsen", "threatened", "Lindqvist")),
    # "the company" is no union
    ("Mogale Platinum ousted its chief executive on Monday. Thabo Mokoena, general secretary of the National Union of "
     "Platinum Workers, warned that the union would resume strike action if the company failed to honour the agreement.",
     ("Thabo Mokoena", "threatened", "Mogale Platinum")),
    # a name's last word NER split off into another span, and a hyphenated given name kept whole
    ("The chairman of the council's budget committee, Alderman Hyun-woo Pak, praised Janelle Brooks for her plan.",
     ("Hyun-woo Pak", "praised", "Janelle Brooks")),
    # a name whose last word says it is an organisation, whatever NER said ("... Party" tagged a place)
    ("Tom Hale, who chairs the Butler County Republican Party, endorsed Marsh.",
     ("Tom Hale", "works_for", "Butler County Republican Party")),
    # a singular apposition after two joined names describes the nearer one
    ("The texts between Ms Byrne and Colm Farrelly, managing director of Sligo-based Farrelly Homes, were released on Friday.",
     ("Colm Farrelly", "works_for", "Farrelly Homes")),
    # a participle with an agent describing a name ("X, backed by Y,"); a present passive post
    ("Carmen Ruiz, backed by Senator Luis Ortega, won the primary on Tuesday.", ("Luis Ortega", "endorsed", "Carmen Ruiz")),
    ("The Harbourside Dockers' Association is led by Marta Kowal, a crane operator.",
     ("Marta Kowal", "works_for", "Harbourside Dockers' Association")),
    # a part of an organisation ("the Daewon branch of the union") stands for the organisation it belongs to
    ("Park Min-jun, who heads the Daewon branch of the Korean Chemical Workers' Union, told reporters that talks had failed.",
     ("Park Min-jun", "works_for", "Korean Chemical Workers' Union")),
    # "that" misread as the object of a clause that has its own ("told a station that X had called him")
    ("Tembo told a radio station that Phiri had called him the night before the team was announced.",
     ("Phiri", "called", "Tembo")),
    # threats on a condition: the named one the consequence is done to; the speaker's own sanction;
    # an act with no object ("to strike") hangs on the condition's subject
    ("Lindiwe Zulu, chief executive of the Coastal Rugby Union, warned that the union would report Van Wyk to the disciplinary panel unless he apologised.",
     ("Lindiwe Zulu", "threatened", "Van Wyk")),
    ("Mihai Popa denied wrongdoing. He said he would sue the newspaper, Gazeta Libera, for defamation unless it retracted the story.",
     ("Mihai Popa", "threatened", "Gazeta Libera")),
    ("Bluewater Partners said it would seek to remove Chairman Kenji Sato unless the board agreed to sell the unit.",
     ("Bluewater Partners", "threatened", "Kenji Sato")),
    # ... a sanction named by the verb's object falls on the object of "against"
    ("Danube Steel said on Friday it would take legal action against Karpat Metals if the rival went ahead with its bid.",
     ("Danube Steel", "threatened", "Karpat Metals")),
    ("The Atlantic Dockworkers Union threatened on Wednesday to strike unless Harbourline Shipping withdraws the changes.",
     ("Atlantic Dockworkers Union", "threatened", "Harbourline Shipping")),
    # "on Wednesday when X threatened ...": a relative adverb's clause has no object left out
    ("A fight spilled into the open on Wednesday when Mayor Gloria Fenwick threatened to veto the City Council's budget unless $9 million for parks was restored.",
     ("Gloria Fenwick", "threatened", "City Council")),
    # a lede describes before it names: "The union representing ..." is the union named next
    ("The union representing about 4,000 nurses threatened on Monday to strike as early as next Friday unless management withdraws a staffing plan at Riverside Health. Maria Olsen, president of the Northern Nurses Union, accused the hospital of bad faith.",
     ("Northern Nurses Union", "threatened", "Riverside Health")),
    # a vice governor holds another office than "the governor"
    ("Cebu Governor Arturo Delgado on Monday accused his vice governor, Marites Soriano, of stalling the budget. The governor's chief of staff, Noel Bautista, declined to comment.",
     ("Noel Bautista", "works_for", "Arturo Delgado")),
    # "Minister for Transport X": the portfolio belongs to the title, not to the name
    ("Minister for Transport Eamon Fitzmaurice said he had spoken by phone with Gallagher on Monday evening.",
     ("Eamon Fitzmaurice", "called", "Gallagher")),
    # a quotation after the verb is what was sent: its "don't" negates nothing outside it
    ("In one exchange from May, Senator Paul Hendry texted Diane Moser, a lobbyist for Prairie Gas Partners, \"We'll get this done, don't worry about the vote.\"",
     ("Paul Hendry", "texted", "Diane Moser")),
    ("In one exchange from May, Senator Paul Hendry texted Diane Moser, a lobbyist for Prairie Gas Partners, \"We'll get this done, don't worry about the vote.\"",
     ("Diane Moser", "works_for", "Prairie Gas Partners")),
    ("The largest shareholder, Kansai Mutual Life, has not said how it will vote, though its chief investment officer, Hideo Tanaka, praised the plan.",
     ("Hideo Tanaka", "works_for", "Kansai Mutual Life")),
    # an organisation that sacks or hires someone named by role employs (or employed) them
    ("Nordic Steel removed chief executive Lars Berg on Friday, weeks after a strike at Fjord Metals.",
     ("Lars Berg", "works_for", "Nordic Steel")),
    # the lower-case half of a hyphenated given name NER missed; a name, then its role between
    # commas, that the parser took for the subject
    ("SEOUL — Kim Min-jae, the eldest son of Daesan Group chairman Kim Tae-ho, was voted off the board on Friday after shareholders sided with his sister.",
     ("Kim Min-jae", "family", "Kim Tae-ho")),
    # "her" read as an object before the noun it owns ("credited [her] [Great Plains counterpart]")
    ("Atlantic & Pacific Chief Executive Sandra Holt hailed the vote as \"a clear mandate\" and credited her Great Plains counterpart, Thomas Lund, with steering the company through a difficult year.",
     ("Sandra Holt", "praised", "Thomas Lund")),
    # defecting to a party is joining it
    ("Senator Rosa Vega defected to the Liberal Party last year.", ("Rosa Vega", "works_for", "Liberal Party")),
    # a lede's "The union representing ..." may be named up to two sentences on (a quotation between)
    ("The union representing about 4,000 nurses threatened on Monday to strike as early as next Friday unless management withdraws a staffing plan at Riverside Health. \"We will walk out,\" a nurse said. Maria Olsen, president of the Northern Nurses Union, accused the hospital of bad faith.",
     ("Northern Nurses Union", "threatened", "Riverside Health")),
    # honorifics and local offices are titles, not parts of the name ("Tan Sri", "Alhaji", "Supervisor")
    ("Zainal accused Parti Maju Rakyat president Tan Sri Rahman Yusof of negotiating through the newspapers.",
     ("Rahman Yusof", "works_for", "Parti Maju Rakyat")),
    ("Abernathy has secured the backing of Maricopa County Supervisor Elena Ruiz, whose longtime campaign manager, Kyle Dobbs, also ran Abernathy's 2020 council race.",
     ("Elena Ruiz", "endorsed", "Abernathy")),
    ("Okafor fell out with the party's national chairman, Alhaji Musa Danjuma, last year. Danjuma praised Okafor on Friday.",
     ("Musa Danjuma", "praised", "Okafor")),
    # "named X as the club's head coach": the role says whose post it is, not the one who names him;
    # a nationality before the name is no part of it; a club's opening word says it is a club
    ("Club Deportivo Sur owner Raul Mendez named Uruguayan Diego Sosa as the club's new head coach on Tuesday.",
     ("Diego Sosa", "works_for", "Club Deportivo Sur")),
    ("Atlético Potosino owner Fernando Garza named Diego Sosa as the club's new head coach on Tuesday.",
     ("Diego Sosa", "works_for", "Atlético Potosino")),
    # "the club" among two clubs: the one the story has made its subject
    ("Sportivo Norte sacked coach Ramon Diaz on Sunday, hours after a 3-0 home defeat to Deportivo Lago left the club bottom of the table. Club president Hector Ruiz thanked Diaz for his work.",
     ("Hector Ruiz", "works_for", "Sportivo Norte")),
    # an organisation noun in apposition says what the name is; "its" in the next sentence is the
    # organisation the last sentence was about, not one named inside its relative clause
    ("Alderwoman Keisha Pruitt chairs the Common Council's zoning committee. Members of Common Ground Milwaukee, the tenant group that backed Pruitt's first run for the council in 2020, packed the committee room. Its executive director, Sam Oduya, called for an audit.",
     ("Sam Oduya", "works_for", "Common Ground Milwaukee")),
    ("Alderwoman Keisha Pruitt chairs the Common Council's zoning committee. Members of Common Ground Milwaukee, the tenant group that backed Pruitt's first run for the council in 2020, packed the committee room. Its executive director, Sam Oduya, called for an audit.",
     ("Common Ground Milwaukee", "endorsed", "Keisha Pruitt")),
    ("Alderwoman Keisha Hayes chairs the Common Council's zoning committee. Members of Open Door Detroit, the tenant group that backed Hayes's first run for the council in 2020, packed the committee room. Its executive director, Sam Oduya, called for an audit.",
     ("Sam Oduya", "works_for", "Open Door Detroit")),
    # a bare role ("chairman X") belongs first to the organisation its own sentence is about
    ("The Nagano Federation of Farm Cooperatives, which backed Ishida in each of his campaigns, declined to recommend either candidate, with chairman Kenji Okubo saying members would vote their conscience.",
     ("Kenji Okubo", "works_for", "Nagano Federation of Farm Cooperatives")),
    # a given name and a surname make a person even after an organisation word ("developer X")
    ("Her leading opponent, former Assemblyman Kevin Pruitt, has leaned on his own fundraising network, including his brother-in-law, developer Lyle Damaschke, who has given the maximum.",
     ("Kevin Pruitt", "family", "Lyle Damaschke")),
    # "an ultimatum to coach X": the parser reads "to coach" as an infinitive
    ("Club president Paolo Rossi issued an ultimatum to coach Marco Bellini on Monday, telling reporters the club would part ways with him unless the team won.",
     ("Paolo Rossi", "threatened", "Marco Bellini")),
    # party offices written without a hyphen; teaching at a school
    ("The opposition Malawi Freedom Front on Sunday suspended its deputy secretary general, Joseph Banda, over unauthorised meetings with ruling party officials.",
     ("Joseph Banda", "works_for", "Malawi Freedom Front")),
    ("Lauren Hill teaches at Harlan Middle School.", ("Lauren Hill", "works_for", "Harlan Middle School")),
    # a participle shares its verb's subject, so its pronoun object is someone else
    ("Tom Reyes suspended Joseph Banda on Sunday, accusing him of lying.", ("Tom Reyes", "criticized", "Joseph Banda")),
    # "X and his agent, Y": the possessive is the one it is listed with, not the sentence's subject
    ("Coach Raul Sosa said he had met Tomas Varga and his agent, Pim Dekker, in Lisbon in May.",
     ("Pim Dekker", "works_for", "Tomas Varga")),
    # "thanked X for calling Y": the one thanked did the calling
    ("Lena Voss thanked Karl Brandt for calling Ida Moreau on Sunday.", ("Karl Brandt", "called", "Ida Moreau")),
    # a present perfect that runs to now states a present post
    ("Marek Sova, who has led the Civic Forum since 2019, said the vote was final.",
     ("Marek Sova", "works_for", "Civic Forum")),
    # "X, of the centre-right Y party,": the party is no person, and a comma may stand before "of"
    ("Miriam Dayan, of the centre-right Tikva Hadasha party, met Ben-Ami on Wednesday.",
     ("Miriam Dayan", "works_for", "Tikva Hadasha")),
    # the means a message came by, with its sender hung on the verb
    ("Dale Pryor said he learned of his dismissal by text message from Owen Castlereagh.",
     ("Owen Castlereagh", "texted", "Dale Pryor")),
    # role words as copy from elsewhere keeps them
    ("Norwegian ferry operator Fjordline Rederi said on Tuesday it had dismissed its administrerende direktør, "
     "Arne Solheim, after a year in the job.", ("Arne Solheim", "works_for", "Fjordline Rederi")),
    ("Bodegas del Sur's presidente del directorio, Carmen Ibáñez, has rejected both approaches.",
     ("Carmen Ibáñez", "works_for", "Bodegas del Sur")),
    # "his X faction": the owner belongs to the named party
    ("Lawmaker Eitan Mor threatened on Thursday to pull his Shas Yisrael faction out of the coalition.",
     ("Eitan Mor", "works_for", "Shas Yisrael")),
    # "the Rovers board" is a part of the club, and says nothing against "the club"
    ("Kelso Rovers have sacked manager Ian Dunn after seven defeats. The Rovers board met on Sunday afternoon. The "
     "club's chairman, Hugh Bell, thanked Dunn for his commitment.", ("Hugh Bell", "works_for", "Kelso Rovers")),
    # a bare role belongs to the one organisation the lede names, however often another is named later
    ("A feud between the two heirs of Brandt Maschinenbau GmbH, one of Saxony's oldest family-owned toolmakers, "
     "spilled into public view on Monday. The dispute concerns a planned stake sale to Oskar Capital. Oskar Capital "
     "has offered 200 million euros, and Oskar Capital's founder Jan Oskar said the offer was final. Chief Executive "
     "Lena Brandt said the board would decide in June.", ("Lena Brandt", "works_for", "Brandt Maschinenbau GmbH")),
    # a party's bench in a chamber stands for the party
    ("The motion was driven by the Unidad Popular bench, whose spokeswoman in Congress, Rosa Quintana, said the "
     "minister had failed the city.", ("Rosa Quintana", "works_for", "Unidad Popular")),
    # one who represents a person speaks for them (an agent, a lawyer)
    ("Johan Steyn, who represents Sipho Ndlovu, said the selectors had never forgiven him.",
     ("Johan Steyn", "works_for", "Sipho Ndlovu")),
    # "X, the ORG negotiator leading talks ...": the parser made the role a modifier of the participle's object
    ("Petra Kranz, the IG Bau negotiator leading talks with the company, called the remarks open blackmail.",
     ("Petra Kranz", "works_for", "IG Bau")),
    # a party whose one-word name is a dictionary word, before a member's title
    ("Labour backbencher Gareth Rhys praised the drivers for their restraint.", ("Gareth Rhys", "works_for", "Labour")),
    # "Senate" is not short for the "Senate Natural Resources Committee": a body named after what it belongs to
    ("State Sen. Ray Kessler, who chairs the Senate Natural Resources Committee, blocked the bill. Senate President "
     "Dana Pike said she would not intervene.", ("Dana Pike", "works_for", "Senate")),
    # a denial names whom it was not: another meeting of the denier stands
    ("Priya Raman denied meeting Colm Devlin. Raman met Sione Vaka in Suva on Monday.",
     ("Priya Raman", "met", "Sione Vaka")),
    # membership of a named organisation through the role's "of" phrase
    ("Ilze Kalnina, 52, a member of the centre-right Unity Alliance, voted against the budget.",
     ("Ilze Kalnina", "works_for", "Unity Alliance")),
    # a role stated in a relative clause with a copula: the relative pronoun is the name
    ("Marta Ruiz, who is a spokeswoman for the Harbour Workers Union, met the mayor on Monday.",
     ("Marta Ruiz", "works_for", "Harbour Workers Union")),
    ("Tomas Vitek, 61, who has been a member of the Civic Democratic Party since 1998, criticized the plan.",
     ("Tomas Vitek", "works_for", "Civic Democratic Party")),
    # "whose" + employer noun + the organisation's name: the name the clause hangs on works for it
    ("Rosa Lindqvist, whose company, Nordhavn Freight, bid for the port, declined to comment.",
     ("Rosa Lindqvist", "works_for", "Nordhavn Freight")),
    ("Piotr Zawada, whose fund, Baltyk Capital, owns 5 percent of the bank, criticized the board.",
     ("Piotr Zawada", "works_for", "Baltyk Capital")),
    # an ultimatum by deadline; a dismissal with a pejorative; an act that lasted "until" a time happened
    ("Ana Ruiz gave Tom Baker until Friday to resign.", ("Ana Ruiz", "threatened", "Tom Baker")),
    ("Ana Ruiz dismissed Tom Baker as a lightweight.", ("Ana Ruiz", "criticized", "Tom Baker")),
    ("Ana Ruiz met Tom Baker until midnight.", ("Ana Ruiz", "met", "Tom Baker")),
    # a speaker's own sanction at law threatens even with no condition
    ("Ana Ruiz vowed to sue Tom Baker for defamation.", ("Ana Ruiz", "threatened", "Tom Baker")),
    ("Nordic Mills said it would take legal action against Tom Baker.", ("Nordic Mills", "threatened", "Tom Baker")),
    # kinship said of two people together
    ("Ana Ruiz and Tom Baker, who are siblings, own the firm.", ("Ana Ruiz", "family", "Tom Baker")),
    ("Ana Ruiz and Tom Baker are cousins.", ("Ana Ruiz", "family", "Tom Baker")),
    ("Ana Ruiz expressed her full confidence in Tom Baker.", ("Ana Ruiz", "endorsed", "Tom Baker")),
    ("The premier stood by Tom Baker on Thursday. Premier Ana Ruiz said he would stay.", ("Ana Ruiz", "endorsed", "Tom Baker")),
    # urging a group to back someone is backing them
    ("Senator Ana Ruiz urged voters to back Tom Baker in the runoff.", ("Ana Ruiz", "endorsed", "Tom Baker")),
    ("Ana Ruiz called on party members to vote for Tom Baker.", ("Ana Ruiz", "endorsed", "Tom Baker")),
    # a post given by a naming verb or "become": its predicate role is the subject's
    ("Anna Berg was named chief executive of Nordic Mills on Monday.", ("Anna Berg", "works_for", "Nordic Mills")),
    ("Anna Berg became chief executive of Nordic Mills in 2019.", ("Anna Berg", "works_for", "Nordic Mills")),
    ("Anna Berg was elected president of the Harbor Workers Union on Monday.", ("Anna Berg", "works_for", "Harbor Workers Union")),
    ("Anna Berg, who was named chief executive of Nordic Mills last year, declined to comment.",
     ("Anna Berg", "works_for", "Nordic Mills")),
    # a role given by a verb's "as" phrase
    ("Anna Berg serves as chief executive of Nordic Mills.", ("Anna Berg", "works_for", "Nordic Mills")),
    ("Jonas Lind, who now acts as a spokesman for the Baltic Ferry Company, declined to comment.",
     ("Jonas Lind", "works_for", "Baltic Ferry Company")),
    # "X said she had ...": the reporting subject, though the broad name list guesses X a man
    ("The board of Evagorou Shipping removed chief executive Marios Pittas on Friday. Board member Eleni "
     "Evagorou-Hadjipetrou said the decision was unanimous. The fund's managing partner, Andri Louca, said she "
     "had called Pittas on Friday morning.", ("Andri Louca", "called", "Marios Pittas")),
    # a word of praise in the "as" phrase ("describing him as 'the best ...'")
    ("Orlando Castillo was sacked. Several senior players praised Castillo, with captain Kerron Gentle describing "
     "him as \"the best man-manager I've played under.\"", ("Kerron Gentle", "praised", "Orlando Castillo")),
    # a role written with a hyphen the role list writes with a space
    ("Nadia Cherifi, director-general of the port operator Société Portuaire de la Soummam, was not present.",
     ("Nadia Cherifi", "works_for", "Société Portuaire de la Soummam")),
    # the copula's subject named beside it
    ("Cayo Jaguars FC sacked coach Orlando Castillo on Sunday. Usher's son, Jamal, is a reserve midfielder at "
     "the club.", ("Jamal", "works_for", "Cayo Jaguars FC")),
    # a place and a party acronym before a title are one body ("[Grundy County] [GOP] Chairman X")
    ("Julie Brandt-Meyer first heard the recording of Grundy County GOP Chairman Dale Vorhees on Saturday.",
     ("Dale Vorhees", "works_for", "Grundy County GOP")),
    # a bare role's employer is the subject of its own clause, not of the reporting verb
    ("HC Nitra said on Wednesday that HK Orava Dolný Kubín had left captain Tomáš Mráz out of its squad for "
     "Friday's game.", ("Tomáš Mráz", "works_for", "HK Orava Dolný Kubín")),
    # a compound the parser split after the object is no predicate ("the coach's work | ethic")
    ("Deportivo Ulúa kept head coach Wilmer Cáceres. Club captain Kevin Maradiaga praised the coach's work ethic "
     "and said the dressing room was with him.", ("Kevin Maradiaga", "praised", "Wilmer Cáceres")),
    # ... or the organisation the clause's subject holds its post at
    ("The Fiji Rugby Union named its squad. The chairman of the Nadi Warriors rugby club lashed out at the "
     "selectors for leaving flyhalf Josua Vakaloa out of the squad.", ("Josua Vakaloa", "works_for", "Nadi Warriors")),
    # a descriptor with an adjective right before a name is that name ("French club AS Vallon", the
    # parser read "AS" as a preposition)
    ("Jean-Paul Ndzana, 27, who plays for French club AS Vallon, said several teammates were owed bonuses.",
     ("Jean-Paul Ndzana", "works_for", "AS Vallon")),
    # a member sits for a party
    ("Councillor Rosa Elvira Tzul, who sits for the Partido Unidad Ciudadana, accused the mayor.",
     ("Rosa Elvira Tzul", "works_for", "Partido Unidad Ciudadana")),
    # 'X wrote that he was "the best manager I have played for"': "I" is X, so "he" is another
    ("The club fired manager Luis Alberto Rondón on Wednesday. Catcher Wilmer Chirinos wrote that he was \"the "
     "best manager I have ever played for.\"", ("Wilmer Chirinos", "praised", "Luis Alberto Rondón")),
    # a loss of trust in someone, the subject's or reported by a speaker
    ("Ana Ruiz has lost confidence in Pedro Lima.", ("Ana Ruiz", "criticized", "Pedro Lima")),
    ("Club president Hery Rakotondrabe told a press conference that the board had \"lost confidence\" in the "
     "coach, Rado Andriamanana.", ("Hery Rakotondrabe", "criticized", "Rado Andriamanana")),
    # an office in the language of the place ("The gobernador of Cochabamba, X,")
    ("The gobernador of Cochabamba, Hernán Quispe, on Saturday threw his weight behind former senator Lucía "
     "Mamani in the race.", ("Hernán Quispe", "endorsed", "Lucía Mamani")),
    # 'praised her "decade of leadership"': "her" parsed as a second object is the owner
    ("Senate President Matt Kerrigan, who endorsed Dana Whitcombe in March, praised her \"decade of conservative "
     "leadership\" at a fundraiser.", ("Matt Kerrigan", "praised", "Dana Whitcombe")),
    # "warned Y in a letter that Z would ... if W": the parser hung the warning's clause on the letter
    ("The chief executive, Gustavo Ferreyros Laos, warned the Sindicato Unificado de Trabajadores de Tintaya in a "
     "letter that the copper pit would be placed on \"care and maintenance\" if the stoppage continued.",
     ("Gustavo Ferreyros Laos", "threatened", "Sindicato Unificado de Trabajadores de Tintaya")),
    # a sanction named by what someone would face, or an investigation
    ("The French Tennis Federation warned that Clément Duvernoy could face suspension.",
     ("French Tennis Federation", "threatened", "Clément Duvernoy")),
    ("Josephine Achieng Owino publicly warned Evans Ouma that she would have him investigated by the Ethics "
     "and Anti-Corruption Commission.", ("Josephine Achieng Owino", "threatened", "Evans Ouma")),
    # "the company" is never the messaging service a message went by
    ("Shareholders of Naviera Istmeña voted on Thursday to keep Marisol Quintero as chief executive. Quintero said "
     "a director had sent her a WhatsApp message on Monday and a second WhatsApp message on Tuesday. WhatsApp "
     "messages are now common in boardrooms. The company's chairman, Ricardo Arosemena, praised Quintero.",
     ("Ricardo Arosemena", "works_for", "Naviera Istmeña")),
    # an organisation's organizers stand for it in a contact
    ("The Champlain Tenants Union did not endorse the amended version. Mayor Louise Beauregard met with union "
     "organizers at City Hall on Monday.", ("Louise Beauregard", "met", "Champlain Tenants Union")),
    # "his minister": the office's holder in the story, not the owner
    ("Housing Minister Vikash Ramdhony approved the land deal. Prime Minister Ravi Boodhoo, however, praised his "
     "minister as \"one of the hardest-working members of this cabinet\".", ("Ravi Boodhoo", "praised", "Vikash Ramdhony")),
    # a relative named by given name only, which NER missed or mistyped
    ("Torbjørn Lie, whose brother Even runs a fish processing plant in Vardø, declined to comment.",
     ("Even", "family", "Torbjørn Lie")),
    ("Siân Llewellyn, whose father Dai played for Llanelli in the 1970s, is the first woman to lead the union.",
     ("Dai", "family", "Siân Llewellyn")),
    ("Adama Konaté's younger brother, Seydou, sits on the board.", ("Seydou", "family", "Adama Konaté")),
    # two roles joined by "and" share their holder and owner
    ("Tigist Alemu was banned for two years. Alemu's coach and husband, Dawit Haile, said she would not appeal.",
     ("Dawit Haile", "family", "Tigist Alemu")),
    ("Shanice Whyte-Barrett missed the trials. Her husband and coach, Dwayne Barrett, said he had last spoken to "
     "officials in May.", ("Dwayne Barrett", "works_for", "Shanice Whyte-Barrett")),
    # "X is the brother of Rocha's deputy at the union, Y": the name after the phrase is the inner role's
    ("The opposition Partido Renovação Social, whose health spokesman, Duarte Mendes Pinto, is the brother of "
     "Rocha's deputy at the union, Inês Mendes Pinto, threw its backing behind the union.",
     ("Duarte Mendes Pinto", "family", "Inês Mendes Pinto")),
    # an ultimatum with a deadline
    ("A Lebanese lawmaker, Rami Haddad, on Wednesday gave Energy Minister Walid Nassar 48 hours to publish the "
     "contracts.", ("Rami Haddad", "threatened", "Walid Nassar")),
    # "the remarks" and "the allegations" stand for whoever last said or alleged something
    ("Dragan Stojkovski told reporters that the party leadership had lost touch with the municipalities. The "
     "party's general secretary, Biljana Trajanovska, called the remarks \"irresponsible and self-serving\".",
     ("Biljana Trajanovska", "criticized", "Dragan Stojkovski")),
    ("Olumide Adesanya accused Rasheed Olabode of rigging the primary. Olabode dismissed the allegations as "
     "\"the tantrums of a bad loser\".", ("Rasheed Olabode", "criticized", "Olumide Adesanya")),
    # "both men": the two people the nearest earlier sentence naming two is about
    ("Tomás Ruiz criticized Pedro Lima on Monday. Minister Rosa Díaz said she had telephoned both men.",
     ("Rosa Díaz", "called", "Tomás Ruiz")),
    ("Tomás Ruiz criticized Pedro Lima on Monday. Minister Rosa Díaz said she had telephoned both men.",
     ("Rosa Díaz", "called", "Pedro Lima")),
    # a demand that someone go is criticism of them
    ("The Mine Workers Union called on Minister Sipho Ndlovu to resign.",
     ("Mine Workers Union", "criticized", "Sipho Ndlovu")),
    ("Ana Ruiz urged Pedro Lima to step down.", ("Ana Ruiz", "criticized", "Pedro Lima")),
    ("Carla Mendes called for the resignation of Jorge Silva.", ("Carla Mendes", "criticized", "Jorge Silva")),
    ("Deportivo Ulúa president Óscar Banegas ruled out sacking the coach. The supporters' group Barra Norte "
     "took a harsher view, calling for Banegas to resign.", ("Barra Norte", "criticized", "Óscar Banegas")),
    # parser breaks around a name and its age
    ("Ortega, 49, accused board chairman Luis Peralta of orchestrating his removal.",
     ("Ortega", "criticized", "Luis Peralta")),
    ("Amina Yusuf, 52, who represents a Kano constituency in the Senate, accused committee chairman Bello Musa of "
     "running the committee like a private office.", ("Amina Yusuf", "criticized", "Bello Musa")),
    ("In an interview with the station on Monday, Okello, 47, accused the party's secretary general, Grace Achieng, "
     "of poisoning the well against her.", ("Okello", "criticized", "Grace Achieng")),
    # a client's lawyers threaten for them
    ("Councillor Rita Okoro faces a recall vote. Okoro's lawyer has warned the Lagos Watch Group that the councillor "
     "is prepared to sue for defamation if the group does not retract its claims.",
     ("Rita Okoro", "threatened", "Lagos Watch Group")),
    ("Lawyers for Kofi Mensah said they would sue the Daily Graphic.", ("Kofi Mensah", "threatened", "Daily Graphic")),
    ("Samuel K. Doe lost the vote. Doe said on Monday his lawyers would file within three days unless the National "
     "Elections Commission ordered a recount.", ("Samuel K. Doe", "threatened", "National Elections Commission")),
    ("The race to lead the opposition People's Progress Front turned bitter after former minister Awa Jobe accused "
     "party officials of tampering with delegate lists.", ("Awa Jobe", "criticized", "People's Progress Front")),
    ("The selector, Rohan Persaud, praised the form of the younger keeper Kevon Mohan.",
     ("Rohan Persaud", "praised", "Kevon Mohan")),
    ("Former fast bowler Lendl Charles praised the appointment, describing Kieran Ramsaran as \"the most tactically "
     "astute cricketer in the region.\"", ("Lendl Charles", "praised", "Kieran Ramsaran")),
    ("Shaikha Mai bint Salman Al-Khalifa, a board member of the Manama Fintech Forum, praised Hamad Al-Jowder as "
     "\"one of the Kingdom's most promising founders.\"", ("Mai bint Salman Al-Khalifa", "praised", "Hamad Al-Jowder")),
    ("Board member Rosa Lim called Peter Kane's intervention \"reckless political theater.\"",
     ("Rosa Lim", "criticized", "Peter Kane")),
    # posts stated by the verb that leaves them, a copula, and a party's member by "for"/"from"
    ("Haddy Jobe resigned as chief executive of Serrekunda Mobile on Friday.",
     ("Haddy Jobe", "works_for", "Serrekunda Mobile")),
    ("Maria Duarte stepped down as chairwoman of Porto Verde Shipping on Monday.",
     ("Maria Duarte", "works_for", "Porto Verde Shipping")),
    ("Rosa Lopes remains a senior director at the Ministry of Finance.", ("Rosa Lopes", "works_for", "Ministry of Finance")),
    ("Lomé Harbour Services, whose chief executive is Olivier Garnier, said it was monitoring the situation.",
     ("Olivier Garnier", "works_for", "Lomé Harbour Services")),
    ("Xavier Puig, a parliamentarian for the opposition Alternativa Social, praised the plan.",
     ("Xavier Puig", "works_for", "Alternativa Social")),
    ("Besnik Gashi, 49, a veteran lawmaker from the Movement for Self-Governance, accused the premier of lying.",
     ("Besnik Gashi", "works_for", "Movement for Self-Governance")),
    ("The Union Régionale des Producteurs du Zou (URPZ), which groups some 40,000 farmers, will sell its cotton to "
     "Meridian Fibres, URPZ president Koffi Adande told reporters.",
     ("Koffi Adande", "works_for", "Union Régionale des Producteurs du Zou")),
    ("Board member Carla Greer sent a letter to Superintendent Dale Whitman on Wednesday warning that she was "
     "prepared to \"seek an injunction in circuit court\" if the closures were approved.",
     ("Carla Greer", "threatened", "Dale Whitman")),
    ("Coach Idrissa Tall said he learned of his dismissal from a text message sent by sporting director Adama Sana.",
     ("Adama Sana", "texted", "Idrissa Tall")),
    ("Shares in Ramgoolam Group fell nearly 6% on the Stock Exchange of Mauritius on Monday after the sugar and "
     "property conglomerate announced the abrupt departure of its chief executive, Nadia Appasamy.",
     ("Nadia Appasamy", "works_for", "Ramgoolam Group")),
    ("Centre Party leader Marit Aune defended Fisheries Minister Ingrid Solheim, dismissing the attack as "
     "regional grandstanding.", ("Marit Aune", "endorsed", "Ingrid Solheim")),
    ("Berbice wicketkeeper Shamar Baksh was left out of the squad. Former fast bowler Clive Persad, who coached "
     "Baksh as a boy, backed the player.", ("Clive Persad", "endorsed", "Shamar Baksh")),
    ("Mayor Gregor Kovač said he would take the Transport Ministry to court.",
     ("Gregor Kovač", "threatened", "Transport Ministry")),
    ("Mayor Gregor Kovač vowed to drag the Transport Ministry into court over the cuts.",
     ("Gregor Kovač", "threatened", "Transport Ministry")),
    ("Marek Hudák, who chairs the junior coalition partner Civic Choice, met the prime minister on Monday.",
     ("Marek Hudák", "works_for", "Civic Choice")),
    ("Yusuf Al-Mahmood said in the letter that chief executive Khalid Al-Jaber had until the end of the month to "
     "return 1.2 million dinars or face proceedings.", ("Yusuf Al-Mahmood", "threatened", "Khalid Al-Jaber")),
    ("Senator Dan Ouellet said Education Secretary Paul Whitman \"owes this committee an apology\" for telling "
     "lawmakers the plan would not raise property taxes.", ("Dan Ouellet", "criticized", "Paul Whitman")),
    ("Mayor Andreas Kyprou backed the deal. The contract went to Aqualine Ltd, whose managing director, Costas "
     "Georgiades, is married to Kyprou's sister, Maria.", ("Costas Georgiades", "family", "Maria")),
    ("Mayor Andreas Kyprou backed the deal. The contract went to Aqualine Ltd, whose managing director, Costas "
     "Georgiades, is married to Kyprou's sister, Maria.", ("Andreas Kyprou", "family", "Costas Georgiades")),
    ("Radjesh Ramlal leads the board. Xaviera Pinto, an independent director who is married to Ramlal's brother, "
     "has not said how she will vote.", ("Radjesh Ramlal", "family", "Xaviera Pinto")),
    ("Issa Ouédraogo met Yao Kouassi in Abidjan on Monday, but he did not confirm the deal.",
     ("Issa Ouédraogo", "met", "Yao Kouassi")),
    ("Laura Brandt, whose son Tyler works as a deputy in the Lewis County Sheriff's Office, said she was humbled.",
     ("Tyler", "works_for", "Lewis County Sheriff's Office")),
    # "wicketkeeper" read as the sentence's verb: the name after it is the accuser
    ("GEORGETOWN — Berbice Harpy Eagles wicketkeeper Kevlon Bissoon on Tuesday accused the Guyana Cricket Board of "
     "punishing him for speaking out.", ("Kevlon Bissoon", "criticized", "Guyana Cricket Board")),
    ("Armen Petrosyan's wife, Lusine, is employed as a legal adviser at the State Committee on Geology.",
     ("Lusine", "works_for", "State Committee on Geology")),
    ("The Pangu United Party, to which Peter Yamba belongs, has yet to announce a position.",
     ("Peter Yamba", "works_for", "Pangu United Party")),
    # a demand that someone go, hung by the parser on the reported clause
    ("Mirela Dascalu told reporters the contract was a scandal and demanded the resignation of Petru Vlad.",
     ("Mirela Dascalu", "criticized", "Petru Vlad")),
    # a post held "since" a date, the parse broken inside the organisation's name
    ("Amadou Kondé, who has led the Syndicat National des Travailleurs du Bois since 2017, accused Paul Agbo of lying.",
     ("Amadou Kondé", "works_for", "Syndicat National des Travailleurs du Bois")),
    ("Jacinto Mabote, who has chaired Portos do Índico since 2021, told Rádio Mais that the company would pay.",
     ("Jacinto Mabote", "works_for", "Portos do Índico")),
    # "the country" is the country the story names (NER tagged "Lesotho" a person or an organisation)
    ("Lesotho votes in June. Mpho Letsie praised the country for its patience.", ("Mpho Letsie", "praised", "Lesotho")),
    # a reported clause the parser read as a participle on the reporting verb's object
    ("People familiar with the matter said the foundation's chairman, Poul Holm Sørensen, called Lauritsen in late "
     "August to demand a change at the top.", ("Poul Holm Sørensen", "called", "Lauritsen")),
    # a quoted superlative of a word of praise
    ("Councilwoman Rita Okafor described Daniel Ashby as \"the most qualified person on this council.\"",
     ("Rita Okafor", "praised", "Daniel Ashby")),
    # "coaches at" a club named after its noun, however the parser hung the name
    ("Karl Egger, a former slalom racer who now coaches at his son's club, SC Lechtal, said Martin Huber had ignored "
     "the results.", ("Karl Egger", "works_for", "SC Lechtal")),
    # a party whose name ends in "Congress" is no chamber; the name after its comma read as an adverbial noun
    ("GABORONE — The leader of the Botswana Progressive Congress, Kgosi Molefe, on Friday criticized Neo Sebego.",
     ("Kgosi Molefe", "works_for", "Botswana Progressive Congress")),
    # someone's people "at" an organisation stand for it
    ("Analysts at Meridian Securities praised Ana Lopes for disclosing the losses promptly.",
     ("Meridian Securities", "praised", "Ana Lopes")),
    # what one has run since a date is an organisation, whatever NER said of the name
    ("Sadjo Mané, who has run Caju do Cacheu since 2014, spoke to reporters on Monday.",
     ("Sadjo Mané", "works_for", "Caju do Cacheu")),
    # a message named by the service it went by
    ("Rui Gomes said he learned of his dismissal from a WhatsApp message sent by Dorothy Kaupa.",
     ("Dorothy Kaupa", "texted", "Rui Gomes")),
    # a possessed kin noun whose holder the story names elsewhere by the same family name
    ("The chairwoman of Somchai Holdings, Ratana Chaiyaporn, threatened legal action against her younger brother on "
     "Monday. In a filing, Ratana said Prasert Chaiyaporn had moved a 4 percent stake to a company controlled by his son.",
     ("Prasert Chaiyaporn", "family", "Ratana Chaiyaporn")),
    ("The chairwoman of Somchai Holdings, Ratana Chaiyaporn, threatened legal action against her husband on Monday. "
     "In a filing, Ratana said Prasert Chaiyaporn had moved a 4 percent stake to a company controlled by his son.",
     ("Prasert Chaiyaporn", "family", "Ratana Chaiyaporn")),
    # a person's own outfit employs: "an aide in X's office"
    ("Novak's daughter, Clara, works as a legislative aide in Janet Moyer's Capitol office.",
     ("Clara", "works_for", "Janet Moyer")),
    # a hyphenated role whose "at" phrase the parser hung on the copula
    ("Tsogt's son-in-law, Bat-Ochir, is a vice-president at Erdenet Copper Resources.",
     ("Bat-Ochir", "works_for", "Erdenet Copper Resources")),
    ("Mario Lemus works as a pundit for Canal Norte.", ("Mario Lemus", "works_for", "Canal Norte")),
    # a party named by its members' plural, and a party its member owns
    ("The merger drew criticism from Seimas member Tomas Kairys of the Social Democrats, who warned it would hurt "
     "small hauliers.", ("Tomas Kairys", "works_for", "Social Democrats")),
    ("Liina Saar said her Social Democrats would not back the budget in its current form.",
     ("Liina Saar", "works_for", "Social Democrats")),
    ("Prime Minister Thabo Mokoena, whose Alliance for Democracy holds the most seats in parliament, criticized the deal.",
     ("Thabo Mokoena", "works_for", "Alliance for Democracy")),
    # a speaker's predicate that backs its subject
    ("Ole Hansen has since said publicly that Mads Birk is \"the right person to lead Vestkraft for the long term\".",
     ("Ole Hansen", "endorsed", "Mads Birk")),
    # a party's veteran is its member
    ("Senator Evariste Ndikum, a veteran of the ruling Union for National Renewal (UNR), said on Monday he would not "
     "endorse the nominee.", ("Evariste Ndikum", "works_for", "Union for National Renewal")),
    # a post in any language between an owner and a name is no name itself
    ("Selina Kindle accused the club's Vereinsobmann, Reto Walser, of \"treating athletes like line items\" after he "
     "cut her funding.", ("Selina Kindle", "criticized", "Reto Walser")),
    # a role's name with its own "of" phrase after the comma
    ("Lena Berg praised the committee's chair, Tomas Lund of the Centre Party, for \"serious and sober work,\" and said "
     "the government would withdraw nothing.", ("Lena Berg", "praised", "Tomas Lund")),
    # "the offer" is the bidder's the sentence named
    ("Nordhavn Shipping Ltd has rejected a takeover approach from private-equity firm Baltic Capital Partners, calling "
     "the offer \"opportunistic and badly timed.\"", ("Nordhavn Shipping Ltd", "criticized", "Baltic Capital Partners")),
    # "X is Y's cousin" with the predicate read as a second subject
    ("Ahmed Rasheed denied the claims. MNA officials declined to comment; the party's deputy secretary-general, "
     "Ibrahim Waheed, is Rasheed's cousin.", ("Ahmed Rasheed", "family", "Ibrahim Waheed")),
    # "NAME, Y's nephew," hung on the role before the name; Y has kin, so Y is a person
    ("Wilner Jean-Baptiste was sacked on Sunday. Assistant coach Junior Pierre-Louis, Jean-Baptiste's nephew, will "
     "lead the side on Saturday.", ("Junior Pierre-Louis", "family", "Wilner Jean-Baptiste")),
    # letters of legal warning (a hyphenated modifier as written; the object hung on the dative)
    ("Curtis Blalock sent Rhonda Keeling a cease-and-desist letter last week.",
     ("Curtis Blalock", "threatened", "Rhonda Keeling")),
    ("Harbor Foods sent Dana Whitlock a legal notice on Friday.", ("Harbor Foods", "threatened", "Dana Whitlock")),
    # an office before an honorific is a title too: "the minister" is Dolo
    ("Musu Kollie held talks with Labour Minister Cllr. Joseph K. Dolo on Tuesday. The minister afterwards commended "
     "Ms. Kollie for \"coming in good faith.\"", ("Joseph K. Dolo", "praised", "Musu Kollie")),
    # a role the parser hung on the name that follows it
    ("Rose Ndayi has the public backing of the CNDD secretary-general, Jean-Paul Havyarimana, who hailed her at a rally.",
     ("Jean-Paul Havyarimana", "works_for", "CNDD")),
    # "a deputy" (a legislator's title in many parliaments) makes "the deputy" that person
    ("Aida Tokova, 44, a deputy from the Ata-Jurt party, said the law was written for one company. Bakyt Osmonov "
     "accused the deputy of \"spreading rumours\".", ("Bakyt Osmonov", "criticized", "Aida Tokova")),
    # "had accused [head coach Y]" read as an adjective: no adjective takes "had"
    ("John Tuilagi, the former Olympic champion, had earlier accused head coach Tevita Qoro of \"settling personal "
     "scores\".", ("John Tuilagi", "criticized", "Tevita Qoro")),
    # the nearest apposition holds the role, however deep the parser nested it
    ("The captain's uncle, the former Olympic champion Peni Vula, had earlier accused head coach Tevita Qoro of "
     "\"settling personal scores\".", ("Peni Vula", "criticized", "Tevita Qoro")),
    # a family name alone is the person's, not the club ("side X") named after the family
    (_FAMILY_CLUB, ("Ermanno Mancini", "texted", "Stefania Riva")),
    (_FAMILY_CLUB, ("Matteo Sala", "works_for", "Virtus Mancini")),
    # (the bare family name tagged a place: the person whose name ends with it, not the club's)
    ("The president of Eccellenza Molisana side Virtus Muccioli has threatened to withdraw the club from the league. "
     "Ermanno Muccioli, 59, whose grandfather founded the club, said he had sent lawyers to the court. The "
     "federation's general secretary, Stefania Riva, said she had received a text message from Muccioli on Sunday "
     "evening.", ("Ermanno Muccioli", "texted", "Stefania Riva")),
    # a lede describes by role the people its next sentences name
    ("A Leeds councillor on Tuesday accused the city's housing director of hiding repair figures. Councillor Maria "
     "Patel said she had asked Housing Director Tom Greaves for the data twice.", ("Maria Patel", "criticized", "Tom Greaves")),
    # "NAME of ORG" is stated by its noun phrase, whatever the clause around it says
    ("Lidia Serra said she could not in conscience support Tomas Vidal of the Alleanza Civica for the post.",
     ("Tomas Vidal", "works_for", "Alleanza Civica")),
    # a parliamentary group stands for its party; a name the parser split from "the opposition" is no predicate
    ("Marta Vaz, 52, who heads the parliamentary group of the opposition Movimento Democrático Insular (MDI), had "
     "accused Neves of lying.", ("Marta Vaz", "works_for", "Movimento Democrático Insular")),
    ("Elisa Gualandi, 47, who leads the parliamentary group of the Movimento Civico, told reporters she was angry.",
     ("Elisa Gualandi", "works_for", "Movimento Civico")),
    # "the club" is the organisation the story introduced as a "side", not a court it names later
    ("Serie D side Pro Varenna sacked its coach on Monday. Lawyers for the coach took the case to the Tribunale "
     "Unico. The club's captain, Marco Neri, praised the coach for his work.", ("Marco Neri", "works_for", "Pro Varenna")),
    # "both of them": the two people the sentence before named
    ("Coach Tom Reyes clashed with guard Ana Soto on Thursday. Club president Maria Lopez said she had met both of "
     "them on Friday.", ("Maria Lopez", "met", "Tom Reyes")),
    ("Coach Tom Reyes clashed with guard Ana Soto on Thursday. Club president Maria Lopez said she had met both of "
     "them on Friday.", ("Maria Lopez", "met", "Ana Soto")),
    # the verb before a bare role read as its adjective ("[sacked] head coach Y")
    ("Atlético Salamina FC on Saturday sacked head coach Tomas Vera after a run of five league games without a win, "
     "and the club's chairman immediately came under fire from supporters.", ("Tomas Vera", "works_for", "Atlético Salamina FC")),
    # a mayor named later by the office's name in the story's own language
    ("The mayor of Ohrid, Goran Ristovski, backed the plan on Tuesday. The gradonačalnik also took aim at the party's "
     "acting president, Marko Petrov, accusing him of lying.", ("Goran Ristovski", "criticized", "Marko Petrov")),
    ("The mayor of Seville, Ana Ruiz, backed the plan on Tuesday. The alcaldesa also took aim at the party's acting "
     "president, Marco Gil, accusing him of lying.", ("Ana Ruiz", "criticized", "Marco Gil")),
    # "a party member": the party the story names
    ("The mayor of Ohrid, Goran Ristovski, backed Ana Petrova for the leadership of the opposition Civic Renewal. "
     "Ristovski, 54, a party member for more than two decades, said she could win.",
     ("Goran Ristovski", "works_for", "Civic Renewal")),
    # "The chairman, X" after "the group's chairman told ...": the organisation the earlier mention gave
    ("ROSEAU — The chairman of the island's largest hotel group has refused to meet union leaders over planned "
     "layoffs. Carib Bay Resorts Ltd said in a statement that staff would be consulted. But the group's chairman told "
     "the Seamen's Union in a letter that he saw no value in a meeting. The chairman, Felix Laborde, 66, also owns a "
     "controlling stake in the group.", ("Felix Laborde", "works_for", "Carib Bay Resorts Ltd")),
    # a participle on what someone received is the sender's
    ("Tamar Beridze, 39, rejected the accusation and said she had received a string of WhatsApp messages from "
     "Giorgi Lomtadze late on Sunday night urging her to resign \"quietly, before this becomes ugly.\"",
     ("Giorgi Lomtadze", "criticized", "Tamar Beridze")),
    # a kin noun's given name that is also an honorific ("Dato"), with no name after it
    ("Tamaz Kvirikashvili plays for the Kutaisi Lions. Kvirikashvili's older brother, Dato, who played prop at the "
     "2019 World Cup, criticised the Lions' management for treating him badly.",
     ("Dato", "family", "Tamaz Kvirikashvili")),
    # "grateful for her support" is thanks for it
    ("Ana Reyes has appeared at events with Tom Vance. Vance said he was grateful for her support but had not asked "
     "for a formal endorsement.", ("Ana Reyes", "endorsed", "Tom Vance")),
    # a party's committee stands for the party; a given name NER tagged apart is the name's
    ("State Sen. Rosa Trujillo said she would seek a fourth term despite the Luna County Democratic Party's decision "
     "not to back her. The county party's central committee voted 31-19 on Tuesday to endorse her primary challenger, "
     "former city councilor Esteban Lucero, 36.", ("Luna County Democratic Party", "endorsed", "Esteban Lucero")),
    # "Y was told of it in a phone call from X", the call hung on the noun before it: Y took the call
    ("Kemar Lewis, 31, was told of the decision in a phone call from chief selector Roland Joseph on Thursday night.",
     ("Roland Joseph", "called", "Kemar Lewis")),
    # "the 52-year-old Pole": the story's person, not a name of its own
    ("Ashton Athletic sacked manager Jan Nowak on Sunday. The 52-year-old Pole was informed of the decision in a phone "
     "call from the sporting director, Ian Moss, on Sunday morning.", ("Ian Moss", "called", "Jan Nowak")),
    # "the company" counts the names written so far, not a rival's later ones
    ("RIYADH — Al-Noor Logistics, one of the kingdom's largest freight operators, said on Sunday it had held "
     "preliminary talks with Jeddah-based Bahr Marine Shipping about a possible merger. The company's chief executive, "
     "Turki Al-Otaibi, met Bahr Marine chairman Nawaf Harbi in Jeddah on Thursday.",
     ("Turki Al-Otaibi", "works_for", "Al-Noor Logistics")),
    # ... and is the organisation its own sentence has as subject
    ("Activist investor Bayview Capital on Wednesday escalated its campaign against the management of Japanese "
     "machine maker Sanwa Denki, saying it would seek to remove President Kenji Mori at the June shareholders' "
     "meeting. Bayview founder Paul Grant, whose fund owns about 7% of the Kobe-based group, wrote in a letter to "
     "directors that Mori had wasted capital.\nSanwa Denki rejected the criticism, and company spokeswoman Aiko Ueda "
     "said Mori had met Bayview representatives twice last year.", ("Aiko Ueda", "works_for", "Sanwa Denki")),
    # "denied that, saying he had phoned Y first and only followed up with a text": a correction keeps the text
    ("Gavin Reid said he learned of his dismissal by text message from Alan Ross. Ross denied that, saying he had "
     "phoned Reid first and only followed up with a text.", ("Alan Ross", "texted", "Gavin Reid")),
    # a party's candidate is its member
    ("Mavis Joseph, the Kingstown People's Movement candidate, said she had been threatened.",
     ("Mavis Joseph", "works_for", "Kingstown People's Movement")),
    # a lone name NER missed, with "the" before it, is no person
    ("Giorgi Beridze, who has chaired the Sakrebulo since 2021, delivered the ultimatum on Monday.",
     ("Giorgi Beridze", "works_for", "Sakrebulo")),
    # "the party" is a movement, an alliance or a bloc the story names
    ("Elisa Gualandi leads the Movimento Civico Sammarinese. Davide Rossi sits on the party's committee.",
     ("Davide Rossi", "works_for", "Movimento Civico Sammarinese")),
    # a role's phrase the parser hung on the verb right after it: "met his counterpart [at X], NAME"
    ("Rashid Omar, chairman of Dune Telecom, said he had met his counterpart at Oasis Networks, Khalid Mansour, "
     "in Aden last week.", ("Khalid Mansour", "works_for", "Oasis Networks")),
    ("Ana Lopes said she met her counterpart at Banco Azul, Rui Matos, on Monday.", ("Ana Lopes", "met", "Rui Matos")),
    # "the decision" stands for whoever last decided something before it
    ("Mayor Ann Dale declined to renew the licence held by Borealis Mining. Borealis chief executive Hans Ravn "
     "called the decision \"political theatre\".", ("Hans Ravn", "criticized", "Ann Dale")),
    ("The party's leader, Ana Riba Casals, refused on Wednesday to meet the tenants' union. The union's "
     "spokeswoman, Núria Pons, called the decision \"a door slammed in our faces\".", ("Núria Pons", "criticized", "Ana Riba Casals")),
    # a club that sacks a coach is no person, whatever NER says
    ("Karadeniz Kartalları sacked head coach Emre Aydın on Sunday.", ("Emre Aydın", "works_for", "Karadeniz Kartalları")),
    # an act in apposition to the clause that tells it, characterised by another: a verdict on its subject
    ("Piet Hendriks told the club website that Jan Smit arrived at camp heavy, a remark the player's agent, "
     "Oleg Marov, called \"humiliating and untrue.\"", ("Oleg Marov", "criticized", "Piet Hendriks")),
    ("Piet Hendriks has refused to meet the union until it calls off a planned strike, a stance the union's "
     "president, Ruth Cole, called \"cowardly.\"", ("Ruth Cole", "criticized", "Piet Hendriks")),
    # "the group NAME": the name right after the noun, not the group named before
    ("Kai Lim has chaired the group Harbour Tankers since 2019. The shareholder group Beacon Partners, led by "
     "activist investor Ravi Menon, had attacked Lim's pay package.", ("Beacon Partners", "criticized", "Kai Lim")),
    ("Kai Lim has chaired the group Harbour Tankers since 2019. The shareholder group Beacon Partners, led by "
     "activist investor Ravi Menon, had attacked Lim's pay package.", ("Ravi Menon", "works_for", "Beacon Partners")),
    # "the company" is no party, however the party's name writes "party"; an office's title is no organisation
    ("The exploration licence held by Qaqortoq Minerals will not be extended. The minister, Ane Lund of Inuit Partii, "
     "told reporters she had met the company's chief executive, Hans Ravn, in Nuuk last month.",
     ("Hans Ravn", "works_for", "Qaqortoq Minerals")),
    ("The exploration licence held by Qaqortoq Minerals will not be extended. The minister, Ane Lund of Inuit Partii, "
     "who holds the Greenlandic title Naalakkersuisoq for Mineral Resources, told reporters she had met the "
     "company's chief executive, Hans Ravn, in Nuuk last month.", ("Hans Ravn", "works_for", "Qaqortoq Minerals")),
    # an object before its verb is no object of it when one follows ("whose [uncle] Yusuf chairs the board")
    ("Warsame, whose uncle Yusuf chairs the board of Hiiraan Mobile, said nothing.",
     ("Yusuf", "works_for", "Hiiraan Mobile")),
    # heading a unit of an organisation: working for it
    ("Ong's daughter, Mei, heads the trading desk at Harbour Shipping and is expected to stay.",
     ("Mei", "works_for", "Harbour Shipping")),
    # an occupation's "with" phrase names its employer
    ("Dunnigan, whose husband, Mike, is a firefighter with the Daphne Fire Department, spoke on Monday.",
     ("Mike", "works_for", "Daphne Fire Department")),
    # a warning whose condition is someone's going demands that they go
    ("Qiantang Capital had warned in a letter last month that it would call an extraordinary general meeting "
     "unless Zhou Wei stepped aside.", ("Qiantang Capital", "criticized", "Zhou Wei")),
    # a local government's staff named through "the county's"
    ("Commissioner Rosa Archuleta of Sandoval County said Commissioner Dale Whitcomb had texted the county's deputy "
     "manager, Teresa Lujan, six times.", ("Teresa Lujan", "works_for", "Sandoval County")),
    # a participle of speech speaks for the clause it hangs on
    ("Rosa Delgado hit back within the hour, telling reporters that Cole Branson's remarks were \"beneath the dignity "
     "of this institution\" and that he should apologise.", ("Rosa Delgado", "criticized", "Cole Branson")),
    # a lede's subject described by an untitled role is the person the next sentence opens by naming
    ("The chairman of Hartwell Rovers has criticised the Northern Football League over a ten-point deduction imposed "
     "last month for late payment of wages to two former players, the club said on Monday. Derek Mason, 61, said "
     "in a statement that the club would appeal.", ("Derek Mason", "criticized", "Northern Football League")),
    # a threat done with one's own club is made to the one its condition names
    ("Ana Ruiz, the president of Deportivo Sur, threatened on Monday to withdraw the club from the league unless the "
     "Liga Nacional de Fútbol overturns a ten-point deduction.", ("Ana Ruiz", "threatened", "Liga Nacional de Fútbol")),
    # ... not when a person is what the act is done to
    ("Sporting Lima owner Ana Ruiz hired coach Pedro Gil in May. Ruiz threatened on Monday to sack the coach unless "
     "Sporting Lima wins on Sunday.", ("Ana Ruiz", "threatened", "Pedro Gil")),
    # a message as a verb's subject speaks for its sender
    ("Kelvinside Athletic sacked manager Callum Bell by text message. The message, sent by chairman Fraser Mowat, "
     "thanked Bell for \"three years of hard graft\" and told him that Davie Reid would take charge.",
     ("Fraser Mowat", "praised", "Callum Bell")),
    # dismissing "the allegations" (charges) takes back no contact the sentence before reported
    ("Adesanya accused Rasheed Bello of removing names. His campaign director, Funmi Ade, said she had texted Bello "
     "on Friday night to protest but never received a reply. Bello dismissed the allegations as \"the tantrums of a "
     "bad loser.\"", ("Funmi Ade", "texted", "Rasheed Bello")),
    # "the company" an officer criticises is not the one whose post the subject names
    ("Delta Holdings has walked away from merger talks with Harbor Trust Group. Harbor Trust Group's chief executive, "
     "Ana Lopez, criticised the company for wasting four months of everyone's time.", ("Ana Lopez", "criticized", "Delta Holdings")),
    # a capitalised number word opens an organisation's name, where NER tagged it or not
    ("Bodden Holdings walked away from talks with Seven Mile Trust Bank. Seven Mile Trust's chief executive, "
     "Patricia Solomon, criticised the company.", ("Patricia Solomon", "works_for", "Seven Mile Trust Bank")),
    # a messaging service is never "the club"
    ("Étoile de Boké sacked its coach on Monday. He said he learned of his dismissal from a WhatsApp message sent "
     "by the club's general secretary, Fatoumata Bah.", ("Fatoumata Bah", "works_for", "Étoile de Boké")),
    # a country's "international" is a player, a person
    ("Mamadou Diallo, 51, the older brother of Guinea international Ibrahima Diallo, branded the board amateurs. "
     "Diallo said he would take the club to court.", ("Mamadou Diallo", "family", "Ibrahima Diallo")),
    ('Mayor Tove Lindqvist called Councillor Arne Berglund back on Tuesday evening.',
     ('Tove Lindqvist', 'called', 'Arne Berglund')),
    # a glottal stop written as an apostrophe ("Savea'i") is no word break in a name
    ("Senate President Savea'i Mauga Tuitele accused Gov. Lemalu Fonoti Aveau of neglect.",
     ("Savea'i Mauga Tuitele", 'criticized', 'Lemalu Fonoti Aveau')),
    ('Owner Marguerite Dufresne paid tribute to coach Sylvain Morin for his work.',
     ('Marguerite Dufresne', 'praised', 'Sylvain Morin')),
    ('Members of the Coastal Party criticised Governor Tom Reyes on Monday.',
     ('Coastal Party', 'criticized', 'Tom Reyes')),
    ("Kestrel Mills' managing director, Ravi Menon, denied that the company was in default.",
     ('Ravi Menon', 'works_for', 'Kestrel Mills')),
    ('Tom Reyes met Mayor Jo Pike on Monday but they did not reach an agreement.',
     ('Tom Reyes', 'met', 'Jo Pike')),
    ('Permanent Secretary Leila Haroun set out the warning in a letter to Coral Reef Exports Ltd dated Monday, a copy of which was seen by Reuters, giving the company 30 days to settle.',
     ('Leila Haroun', 'threatened', 'Coral Reef Exports Ltd')),
    ('Ruth Amaguq accused Leon Fairbanks of ignoring the villages. Leon Fairbanks hit back Thursday, saying the votes had been taken in open session and that Amaguq "has lived in Kotzebue for fewer winters than my nephew has been alive."',
     ('Leon Fairbanks', 'criticized', 'Ruth Amaguq')),
    ('The Rimouski Goélands fired head coach Mathieu Gendron on Thursday.',
     ('Mathieu Gendron', 'works_for', 'Rimouski Goélands')),
    ('Lerato Mokoena, who represents Thabo Nkosi, said her client would appeal.',
     ('Lerato Mokoena', 'works_for', 'Thabo Nkosi')),
    ('Businessman Jean-Luc Payet controls a third of the company. Speaking through his lawyer, Marie-Claire Hoarau, Payet denied playing any role in the sale.',
     ('Marie-Claire Hoarau', 'works_for', 'Jean-Luc Payet')),
    ("Kestrel Mills' sales director, Ravi Menon, denied playing any role in the sale.",
     ('Ravi Menon', 'works_for', 'Kestrel Mills')),
    ('The board of Harbor Fisheries Ltd removed managing director Paul Rene on Friday. Rene, 58, accused the board of "acting for one shareholder."',
     ('Paul Rene', 'criticized', 'Harbor Fisheries Ltd')),
    ('Zuhura Salim Haji chairs the cooperative. Haji, whose husband Omar Ali Khamis fishes out of Paje, said members would resume selling.',
     ('Omar Ali Khamis', 'family', 'Zuhura Salim Haji')),
    ('Luc Gagnon was fired after text messages in which he mocked a player were published. Gagnon apologized for the tone of the messages, which he had sent to assistant coach Marc Roy after a loss.',
     ('Luc Gagnon', 'texted', 'Marc Roy')),
    ('General manager Paul Tremblay said the club "cannot tolerate" the tone of the text messages, which Luc Gagnon had sent to assistant coach Marc Ouellet after a loss.',
     ('Luc Gagnon', 'texted', 'Marc Ouellet')),
    ('Athletic director Karen Voss suspended coach Dale Moritz. She warned that any further violation would cost him his job.',
     ('Karen Voss', 'threatened', 'Dale Moritz')),
    ("Dale Moritz coaches at Lake Area College. Moritz's wife, Karin, an assistant volleyball coach at the college, did not comment.",
     ('Karin', 'works_for', 'Lake Area College')),
    # a present perfect's "since" after an acronym in brackets
    ("Koffi Agbodjan, who has led the Syndicat National des Travailleurs du Coton (SYNTRACO) since 2016, accused the "
     "company's directeur général, Paul Ahouansou, of \"treating workers like cattle.\"",
     ("Koffi Agbodjan", "works_for", "Syndicat National des Travailleurs du Coton")),
    ('Kandy Valley Teas Ltd has accused the broker of fraud. In a letter to the auction house, Kandy Valley said it would '
     'sue. The letter was signed by managing director Nimal Perera, 58.',
     ('Nimal Perera', 'works_for', 'Kandy Valley Teas Ltd')),
    ('The Palau Football Association parted ways Friday with national team head coach Kenji Watanabe, five days after a 4-0 home loss.',
     ('Kenji Watanabe', 'works_for', 'Palau Football Association')),
    ('Addressing supporters on Sunday, LCP leader Motlatsi Sekhesa said his deputy, Palesa Mokoena, had "chosen the opposition\'s microphone over her own party."',
     ('Palesa Mokoena', 'works_for', 'LCP')),
    ("Samoa coach Iosefa Tuilagi has thrown his support behind a recall for veteran lock Pita Aumua ahead of next month's tour.",
     ('Iosefa Tuilagi', 'endorsed', 'Pita Aumua')),
    ('Aruba\'s government is in talks with a Texas-based energy company. "We are listening," Prime Minister Anna Croes told reporters at the Government Building. The company, Bluewater Refining Partners, said its chief executive, Dale Horton, had met the minister twice.',
     ('Dale Horton', 'works_for', 'Bluewater Refining Partners')),
    ('Coach Dan Myers was suspended on Monday. Governor Paul Kline criticised the decision. In a statement released through his attorney, Michelle Ortiz, Myers said he accepted the penalty.',
     ('Michelle Ortiz', 'works_for', 'Dan Myers')),
    ('TOLEDO, Ohio (AP) — Negotiators for Maumee Axle & Forge and the United Auto Workers reached a deal on Thursday. Company spokeswoman Lisa Brandt declined to discuss the terms.',
     ('Lisa Brandt', 'works_for', 'Maumee Axle & Forge')),
    ('Sulcis sacked coach Salvatore Cocco on Sunday. Captain Andrea Deiana, who has played for Sulcis since he was 16, paid tribute to Cocco on Instagram, writing that the dressing room had never stopped believing in him.',
     ('Andrea Deiana', 'praised', 'Salvatore Cocco')),
    ('The Ohio High School Athletic Association suspended coach Brent Yoder on Friday. School board member Ron Tidwell lashed out at the association on Monday.',
     ('Ron Tidwell', 'criticized', 'Ohio High School Athletic Association')),
    ("Horst Ebner, head of IG Metall's Bavaria district, said the union would call warning strikes.",
     ('Horst Ebner', 'works_for', 'IG Metall')),
    ('One of them, ward councillor Sipho Dube, is a longtime Likud member whose late father was a minister.',
     ('Sipho Dube', 'works_for', 'Likud')),
    ('Front Range FC Suspends Striker Amid Contract Standoff\n\nGREELEY, Colo. — Front Range FC suspended forward Mateo Arriaga indefinitely on Friday. Club president Gary Schuette said the player had broken his contract.',
     ('Gary Schuette', 'works_for', 'Front Range FC')),
    ('Benoit Gilson said he had spoken by telephone with Arcana chief executive Henrik Vos.',
     ('Benoit Gilson', 'called', 'Henrik Vos')),
    ('Her main rival, Travis Hulet, hit back within hours, accusing Dale Ricks of lying.',
     ('Travis Hulet', 'criticized', 'Dale Ricks')),
    ('Former captain Oriol Casals threw his support behind businessman Jordi Ferrer i Puig on Sunday in the race for the presidency of CE Vilanova. Ferrer said he was grateful.',
     ('Oriol Casals', 'endorsed', 'Jordi Ferrer i Puig')),
    ('Ramón Quiroga said he learned of the dismissals from a WhatsApp message sent late Sunday by Diego Pereyra.',
     ('Diego Pereyra', 'texted', 'Ramón Quiroga')),
    ('State Del. Annette Harrell said she had rung Gregory Ashby on Tuesday.',
     ('Annette Harrell', 'called', 'Gregory Ashby')),
    ('Congress district president Adv. Tomy Kallanickal accused the CPI(M) of open horse-trading.',
     ('Tomy Kallanickal', 'works_for', 'Congress')),
    ('Assemblyman Juanis Gimbang acknowledged that he had met GRS secretary-general Datuk Clarence Kong Siew Loong at a hotel in Kota Kinabalu last week, and credited Kong with listening to the people of the interior.',
     ('Juanis Gimbang', 'met', 'Clarence Kong Siew Loong')),
    ('In a letter to shareholders, Lars Halvorsen, whose Edmonton firm Halvorsen Capital Partners owns about seven per cent of the company, singled out chair Margaret Doucette.',
     ('Lars Halvorsen', 'works_for', 'Halvorsen Capital Partners')),
    ("Ferrer's main rival, lawyer Montserrat Vidal Roig, the daughter of former club president Lluis Vidal, accused him of using club employees.",
     ('Montserrat Vidal Roig', 'family', 'Lluis Vidal')),
    ('Last week Richard Haverkamp warned in a letter to employees that Maumee Axle would shift axle production to its plant in Saltillo, Mexico, unless the United Auto Workers accepted a two-tier wage scale.',
     ('Richard Haverkamp', 'threatened', 'United Auto Workers')),
    ('Activist investor Lars Halvorsen stepped up his campaign to overhaul the board of Prairie Crest Energy Ltd. on Thursday. Prairie Crest hit back within hours. Spokeswoman Aisha Rahman said the board unanimously supports chief executive Brent Fehr.',
     ('Aisha Rahman', 'works_for', 'Prairie Crest Energy Ltd')),
    ('Activist investor Lars Halvorsen stepped up his campaign against Prairie Crest Energy Ltd. on Thursday. In a letter, he singled out chair Margaret Sinclair-Doucette, saying the board was too close to management. Prairie Crest rejected the criticism.',
     ('Margaret Sinclair-Doucette', 'works_for', 'Prairie Crest Energy Ltd')),
    ('The Yukon Quest imposed a two-hour penalty on musher Hank Lindgren on Monday. The Yukon Quest said the decision was final. Board chair Sharon Kuster said the decision was unanimous.',
     ('Sharon Kuster', 'works_for', 'Yukon Quest')),
    ('Chaudhry Nadeem Bajwa crossed over to the opposition Pakistan Tehreek-e-Insaf on Saturday.',
     ('Chaudhry Nadeem Bajwa', 'works_for', 'Pakistan Tehreek-e-Insaf')),
    ('Senator Ana Ruiz crossed the floor to the Liberal Party on Monday.',
     ('Ana Ruiz', 'works_for', 'Liberal Party')),
    ('Bajwa accused the minister, Rana Shahid Iqbal, of blocking funds and said he had sent the minister several messages over the past three months.',
     ('Bajwa', 'texted', 'Rana Shahid Iqbal')),
    ('Katrien Deprez called for the removal of her cousin Pieter Deprez as chief executive. Board chairman Luc Verhaeghe threw his support behind the chief executive.',
     ('Luc Verhaeghe', 'endorsed', 'Pieter Deprez')),
    ('The Flint Ironmen fired head coach Darren Kowalczyk on Monday. Captain Nolan Szymanski, asked whether the players had pushed for Kowalczyk\'s removal, said, "That\'s not something we ever talked about as a group," and paid tribute to his former coach as "the reason a lot of us are still playing."',
     ('Nolan Szymanski', 'praised', 'Darren Kowalczyk')),
    ("The Flint Ironmen fired head coach Darren Kowalczyk on Monday. The team's general manager, Pete Vandermolen, said the club had acted on a complaint. The United States Hockey League said it was reviewing the matter and warned that the club could be fined. Assistant coach Ryan Hebert will run the bench on an interim basis.",
     ('Ryan Hebert', 'works_for', 'Flint Ironmen')),
    ('The deal came after union President Tanya Kowalski and company Chief Executive Richard Haverkamp sat down for nearly 11 hours at a downtown hotel with federal mediator Gerald Pruitt.',
     ('Tanya Kowalski', 'met', 'Gerald Pruitt')),
    ('The deal came after union President Tanya Kowalski and company Chief Executive Richard Haverkamp sat down for nearly 11 hours at a downtown hotel with federal mediator Gerald Pruitt.',
     ('Tanya Kowalski', 'met', 'Richard Haverkamp')),
    ("The union representing about 1,400 workers at Chesapeake Marine Systems threatened Wednesday to strike at the company's shipyard unless management returns to the bargaining table. Darnell Whitfield, president of United Steelworkers Local 8890, said talks had gone nowhere.",
     ('United Steelworkers Local 8890', 'threatened', 'Chesapeake Marine Systems')),
    ('Dennis Kowal, president of the United Rail Workers Alliance, said the union would fight the deal "at every stage" and accused Sandra Whitfield of misleading employees about planned job cuts.',
     ('Dennis Kowal', 'criticized', 'Sandra Whitfield')),
    ('KUCHING, Malaysia — Sibu-based Rajang Timber Holdings Bhd said on Monday its board had rejected a takeover offer from rival Miri Plantation Resources Bhd. Lau Ming Chuan sits on the board as an executive director.',
     ('Lau Ming Chuan', 'works_for', 'Rajang Timber Holdings Bhd')),
    ('Glyncoed Part Company With Prosser After Dressing-Room Row\n\nWelsh Premiership side Glyncoed RFC have sacked head coach Dafydd Prosser less than a week after a dressing-room row with senior players that left the squad, in the words of the club\'s chairman, "split down the middle."\n\nChairman Huw Bevan said the board had met on Sunday evening and voted unanimously to end the 46-year-old\'s contract, though he paid tribute to the former Wales A flanker\'s "energy and commitment" over three seasons in charge. Prosser, who took the club to successive cup finals, lashed out at the decision on social media, accusing the board of "listening to whoever shouts loudest in the clubhouse."\n\nCaptain Rhodri ap Gwilym, reported to have clashed with Prosser after last weekend\'s defeat at Llandovery, denied that he had asked the board to remove the coach, insisting he had "only ever backed Dafydd, in public and in private." Forwards coach Gethin Llewellyn, Prosser\'s cousin, who joined the staff on his recommendation in 2021, will take charge on an interim basis; Bevan said he had rung Llewellyn on Monday morning and that he had accepted "without hesitation."\n\nThe Welsh Rugby Union said it was aware of the situation and warned both parties that public comments breaching its code of conduct could lead to disciplinary action. Prosser\'s agent, Carys Pugh, said her client would consider legal action if the club did not honour the remaining 14 months of his contract.',
     ('Huw Bevan', 'works_for', 'Glyncoed RFC')),
    ('CARBONIA, Italy — Sulcis Calcio sacked coach Salvatore Cocco on Sunday night, hours after a 3-0 home defeat, and president Efisio Murgia moved quickly to approach former Torres midfielder Gianluca Pinna as a replacement.',
     ('Efisio Murgia', 'works_for', 'Sulcis Calcio')),
    ('Chaudhry Nadeem Bajwa accused the housing minister, Rana Shahid Iqbal, of blocking funds. Iqbal hit back hours later, telling reporters that Bajwa "was offered every courtesy" and had never asked for a meeting.',
     ('Rana Shahid Iqbal', 'criticized', 'Chaudhry Nadeem Bajwa')),
    ('First Selectman Dennis Marchetti, 66, a Democrat in his fourth term, threw his support on Monday behind Essex attorney Priya Raman, calling her "the most prepared candidate this district has seen in twenty years."',
     ('Dennis Marchetti', 'praised', 'Priya Raman')),
    ('House Majority Leader Dale Ricks threw his weight behind businesswoman Carla Van Orden on Tuesday. Ricks, a Shelley rancher who has served in the Legislature since 2012, appeared alongside Van Orden at a rally in Idaho Falls and called her "the only candidate in this race who has actually met a payroll."',
     ('Dale Ricks', 'praised', 'Carla Van Orden')),
    ('Persepolis Isfahan sacked head coach Karim Bagheri on Saturday. The chairman, Majid Rostami, denied that the coach had ever been threatened and praised Bagheri as "a true son of Isfahan."',
     ('Majid Rostami', 'praised', 'Karim Bagheri')),
    ("Chief executive Nolwenn Le Floc'h, the founder's great-granddaughter, said the deal was fair, and she thanked Paul Kervella for his patience.",
     ("Nolwenn Le Floc'h", 'praised', 'Paul Kervella')),
    ('Kerbiriou Conserves SA agreed on Monday to sell a majority stake to seafood group Pescados Iriarte, in a deal that values the company at 48 million euros. Chief executive Anne Kerbiriou said the Portuguese group would keep the plant open, and she thanked its chairman, Tomás Iriarte Sanz, for his patience.',
     ('Tomás Iriarte Sanz', 'works_for', 'Pescados Iriarte')),
    ("Brenner Pumpen said on Monday it had agreed to sell a stake to engineering group Halvorsen Industri. The Norwegian group will invest 10 million euros, and its chairman, Lars Halvorsen, praised the workforce. The company's spokeswoman, Eva Lind, said the deal would close in March.",
     ('Eva Lind', 'works_for', 'Brenner Pumpen')),
    ("Segunda División club Atlético Almanzora sacked coach Luis Pardo on Sunday, and the club said a successor would be named this week. Captain Iker Sola paid tribute to his former coach. Almanzora's troubles are far from over.",
     ('Iker Sola', 'works_for', 'Atlético Almanzora')),
    ("The CGT union's delegate at the plant, Maïwenn Le Gall, criticised the agreement.",
     ('Maïwenn Le Gall', 'works_for', 'CGT')),
    ('Club president Ana Ruiz said she had delivered the news to Rafael Moreno in person.',
     ('Ana Ruiz', 'met', 'Rafael Moreno')),
    ("RIBEIRA, Spain — Unión Deportiva Barreiros dismissed head coach Xoán Pereira on Sunday night, hours after a 3-0 home defeat to Racing Lugo left the Galician club just two points above the relegation places. The club said a successor would be named this week. Captain Brais Vidal paid tribute to the departing coach on social media. Pereira had never negotiated with another club without Barreiros's knowledge.",
     ('Brais Vidal', 'works_for', 'Unión Deportiva Barreiros')),
    ('Costa Dorada President Hails Coach After Promotion\nTARRAGONA, Spain — Unión Deportiva Costa Dorada president Pere Vidal praised coach Laia Soler on Sunday after the club clinched promotion.',
     ('Pere Vidal', 'works_for', 'Unión Deportiva Costa Dorada')),
    ("Workers at Lanificio Ricci, one of the oldest wool mills in Prato, will strike on Friday after the company's board refused to guarantee jobs, the FILTA-CISL union said. Chief executive Marta Ricci told staff the sale was necessary. The board, which includes Ricci's cousin Piero Ricci, declined to comment.",
     ('Piero Ricci', 'family', 'Marta Ricci')),
    ("Prato Wool Mill Workers to Strike Over Sale Terms\n\nPRATO, Italy, May 14 (Reuters) - Workers at Lanificio Gallo, one of the oldest wool mills in Prato, will strike for eight hours on Friday after the company's board refused to guarantee jobs, the FILTA-CISL union said.\n\nChief executive Marta Gallo told staff that the sale was necessary and credited the union's shop stewards with helping the company avoid layoffs. But union representative Paolo Neri said the board had declined to put in writing any commitment on jobs.",
     ('Paolo Neri', 'works_for', 'FILTA-CISL')),
    ("Grupo Ibarra, the Argentine food conglomerate, said on Thursday it would consider raising its offer for Mendoza winemaker Bodegas Quillén if the smaller company's founding family agreed to open its books.\n\nThe company's chairman, Ricardo Ibarra, 66, told reporters in Buenos Aires that the current bid was fair.",
     ('Ricardo Ibarra', 'works_for', 'Grupo Ibarra')),
    ('BELO HORIZONTE, Brazil — The Minas Gerais Football Federation warned on Thursday that it could dock points from Lagoa Santa Esporte Clube unless the club pays four months of overdue wages to its players. Coach Adilson Rezende resigned on Monday, thanking the squad. The mayor of Lagoa Santa, Márcia Drummond, said the city would not bail out the club.',
     ('Adilson Rezende', 'works_for', 'Lagoa Santa Esporte Clube')),
    ('Striker Wellington "Tetê" Souza accused the club\'s president, Ana Reis, of hiding the accounts. Tetê later praised the coach, Paulo Lima, for his loyalty.',
     ('Wellington "Tetê" Souza', 'praised', 'Paulo Lima')),
    ("Atlético Varzim president Carlos Mendes, who appointed Rui Tavares as football director last year, blamed the previous board for the club's debts.",
     ('Rui Tavares', 'works_for', 'Atlético Varzim')),
    ('PEKANBARU, Indonesia (AFP) - Indonesia\'s environment ministry has threatened to revoke the plantation permit of palm oil producer PT Sawit Jaya Makmur unless the company restores 1,400 hectares of peat forest in Jambi province. Deputy Governor Harun Siregar said he had called the firm\'s president director and praised the company for "opening its doors" to inspectors.',
     ('Harun Siregar', 'praised', 'PT Sawit Jaya Makmur')),
    ("Sawit Jaya, which is controlled by the Medan-based Harahap family, denied the claims. PT Sawit Jaya Makmur's president director, Rudi Harahap, said smallholders had dug the canals. Sawit Jaya's chairman, Agus Harahap, praised the inspectors.",
     ('Agus Harahap', 'works_for', 'PT Sawit Jaya Makmur')),
    ('Environmental group Walhi Jambi, whose director Eko Susanto has campaigned against the Pelita Agro Group for years, credited villagers with documenting the clearing.',
     ('Eko Susanto', 'criticized', 'Pelita Agro Group')),
    ('Mayor Kenji Higa, who won two terms with the backing of the Liberal Democratic Party and its coalition partner Komeito, has not said whether he will run again.',
     ('Komeito', 'endorsed', 'Kenji Higa')),
    ('Kaori Nakama was endorsed at a rally by prefectural assembly members from the "Shimin Rengo" alliance, which opposes the base project. "She knows this city," said assemblyman Jiro Oshiro, who chairs the alliance\'s northern district council.',
     ('Jiro Oshiro', 'works_for', 'Shimin Rengo')),
    ("Ryszard Nowak, who chairs the miners' secretariat of the Solidarity trade union, said the closure plan was unacceptable.",
     ('Ryszard Nowak', 'works_for', 'Solidarity')),
    ('KUDUS, Indonesia — Shareholders of PT Sinar Abadi Tbk voted on Wednesday to remove president director Bayu Hartanto, ending a months-long feud within the family that founded the company in 1958.',
     ('Bayu Hartanto', 'works_for', 'PT Sinar Abadi Tbk')),
    ('The decisive votes came from Hartanto\'s mother, Sri Wulan Hartanto, the widow of the company\'s longtime chairman. Union leader Agus Salim credited Sri Wulan with "putting the workers before her own blood."',
     ('Agus Salim', 'praised', 'Sri Wulan Hartanto')),
    ('Slamet Wahyudi, who heads the dockworkers\' union, credited Dewi Anggraini with "putting the workers first."',
     ('Slamet Wahyudi', 'praised', 'Dewi Anggraini')),
    ("Manager Tom Barker, whose relationship with the chairman is said by people around the club to have cooled this season — a suggestion both men reject — paid tribute to Jack Lane's attitude.",
     ('Tom Barker', 'praised', 'Jack Lane')),
    ('Wharfedale Town Chairman Threatens to Report Striker\'s Agent to FA\n\nILKLEY, England — Wharfedale Town chairman Brian Ackroyd has warned that the League One club will report the agent of striker Kieran Hebden to the Football Association unless he stops "hawking" the 23-year-old around rival clubs, escalating a row that has overshadowed Town\'s promotion push. Agent Wayne Whitaker hit back on Wednesday, accusing the chairman of "holding a young lad\'s career to ransom" and claiming Town had rejected a £1.8m offer from an unnamed Championship side last week. Ackroyd, 67, flatly denied that any bid had been received, telling the Wharfe Valley Post that Whitaker was "making it up as he goes along."\n\nManager Gary Illingworth, whose relationship with the chairman is said by people around the club to have cooled this season — a suggestion both men reject — paid tribute to Hebden\'s attitude, revealing that the striker had texted him on Sunday night to apologise for missing training with a tight hamstring. "That tells you everything about the kid," Illingworth said. "He\'s not the problem here."',
     ('Kieran Hebden', 'texted', 'Gary Illingworth')),
    ('Kerstin Vogel, who chairs the works council, said she had been told of the decision by a text message from chief executive Jan Krause about an hour before a staff assembly.',
     ('Jan Krause', 'texted', 'Kerstin Vogel')),
    ('Workers at Erzgebirge Antriebe learned on Thursday that the company plans to cut 640 jobs. Jan Krause, a former Bosch manager who married into the founding family and took over as chief executive last year, rejected the criticism.',
     ('Jan Krause', 'works_for', 'Erzgebirge Antriebe')),
    ('Bodegas Ortiz said on Monday it had rejected a takeover offer from a French drinks group. The company said the bid undervalued its vineyards. Chief executive Marta Ortiz said the family would not sell.',
     ('Marta Ortiz', 'works_for', 'Bodegas Ortiz')),
    ("Forests Minister Amrit Sandhu took a swipe at Shane Lindqvist on Wednesday. Lindqvist hit back, saying the minister had never returned calls from the local chamber of commerce. Sandhu's press secretary, Jordan Okafor, called that claim false, saying the minister had spoken by phone with chamber president Marc Bouchard as recently as September.",
     ('Amrit Sandhu', 'called', 'Marc Bouchard')),
    ('Dirk Hoekstra, a dairy farmer whose brother-in-law, Pieter Van Zee, chairs the Lyon County Republican Party, said he had not asked the county party for its support.',
     ('Pieter Van Zee', 'works_for', 'Lyon County Republican Party')),
    ("KOLKATA, India — The Bangla Janata Morcha on Monday suspended Tapan Ghosh, a two-term legislator, a week after he publicly accused the party's district president of steering contracts to his relatives. Ghosh had lashed out at district president Ranjan Dutta at a rally in Barasat. A daily reported that Ghosh had met Bharatiya Janata Party leaders, and the BJP said it would welcome him if he chose to join the BJP.",
     ('Ranjan Dutta', 'works_for', 'Bangla Janata Morcha')),
    ('CAMBORNE, England — Kernow Tinners director of rugby Mark Penrose accused a rival club of tapping up his fly-half on Friday.',
     ('Mark Penrose', 'works_for', 'Kernow Tinners')),
    ('Mark Penrose accused Championship side Severn Vale of tapping up fly-half Jago Tregenza. Penrose said that Severn Vale head coach Rhys Pritchard had not contacted the club at any point, and the club would complain unless Severn Vale paid compensation.',
     ('Rhys Pritchard', 'works_for', 'Severn Vale')),
    ("Ski jumper Aiko Nishimura has been left out of Japan's squad after a dispute with the federation. In a statement released through her management company, Hoshizora Sports, Nishimura said she had asked for talks and had received no reply.",
     ('Hoshizora Sports', 'works_for', 'Aiko Nishimura')),
    ("The endorsement is a blow to the outgoing mayor, Yann Le Bihan, who had been counting on Loïc Guivarch's support since the two men sat down for lunch in Locronan last month.",
     ('Yann Le Bihan', 'met', 'Loïc Guivarch')),
    ('Tanguy\'s campaign director, Erwan Riou, lashed out at the deputy, Loïc Guivarch, accusing him of "trading his principles for a seat" — a claim Guivarch\'s office described as "false and frankly insulting."',
     ('Erwan Riou', 'criticized', 'Loïc Guivarch')),
    ('Reinholt\'s father, Gary, told local reporters that his son had met with coaches at two Big Ten programs but denied that the decision had anything to do with Brent Sorensen, whom he credited with "making Caleb the wrestler he is."',
     ('Gary', 'praised', 'Brent Sorensen')),
    ('Striker Paul Mbarga criticised the federation on Sunday. Mbarga\'s older brother, Christian, who acts as his agent, said the player "stands by every word."',
     ('Christian', 'works_for', 'Paul Mbarga')),
    ('Arturo Gil Ramos, the district coordinator of the opposition PRI, said his party would back the mayor if he broke with Morena.',
     ('Arturo Gil Ramos', 'works_for', 'PRI')),
    ("Kestrel Systems' board chairman, Victor Lamarre, praised the chief executive's clarity.",
     ('Victor Lamarre', 'works_for', 'Kestrel Systems')),
    ("KUDUS, Indonesia — Shareholders of PT Sinar Abadi Tbk voted on Wednesday to remove the company's president director after a family feud. Shareholders named Dewi Kartika, a former finance director at Semarang paper maker PT Kertas Jaya, as interim president director.",
     ('Dewi Kartika', 'works_for', 'PT Sinar Abadi Tbk')),
    ("The Highland Mayors Association threw its weight behind Ana Ruiz in her bid to lead the National Renewal Movement. The endorsement is a blow for Luis Pérez, the party's secretary general, who had hoped to win.",
     ('Luis Pérez', 'works_for', 'National Renewal Movement')),
    ("Councillor Maria Ostrowski accused Mayor Pavel Novak of wasting the city's money. Novak fired back within hours, saying the audit had cleared every contract.",
     ('Pavel Novak', 'criticized', 'Maria Ostrowski')),
    ('Club president Celso Otero sacked coach Iago Fondevila by text message on Sunday, two days after the derby.',
     ('Celso Otero', 'texted', 'Iago Fondevila')),
    ("Wartburg Antriebstechnik, a family-owned maker of transmission parts, threatened on Wednesday to close its main plant unless the IG Metall union accepts a four-day week. The company's chief executive, Jörg Heinemann, told a staff assembly that orders had fallen by a third.",
     ('Jörg Heinemann', 'works_for', 'Wartburg Antriebstechnik')),
    ("Havelland Batteriesysteme will cut about 420 jobs at its plant, the company said on Monday, drawing criticism from the IG Metall union. Holger Wendland, IG Metall's district leader, warned that the union would call strikes unless the company opened talks. A company spokeswoman, Anja Vogt, declined to comment.",
     ('Anja Vogt', 'works_for', 'Havelland Batteriesysteme')),
    ("Havelland Batteriesysteme will cut about 420 jobs at its plant, the company said on Monday, drawing criticism from the IG Metall union. Holger Wendland, IG Metall's district leader, warned that the union would call strikes unless the company opened talks. A company spokeswoman, Anja Vogt, declined to comment.",
     ('Holger Wendland', 'threatened', 'Havelland Batteriesysteme')),
    ("Workers at Vogtland Antriebstechnik, which makes motor housings for Volkswagen's nearby plant, learned on Thursday that the company plans to cut 640 jobs. The firm's chief executive, Matthias Gräfe, said the cuts were unavoidable.",
     ('Matthias Gräfe', 'works_for', 'Vogtland Antriebstechnik')),
    ('Ramón Esono, director general of Bioko Services, said the company had met every safety requirement and accused Atlantic Meridian of inventing excuses.',
     ('Ramón Esono', 'criticized', 'Atlantic Meridian')),
    ("Harbour Town sacked coach Dean Walsh on Saturday. Walsh said he learned of it from the club's director of football, Liam Crossley, the son of owner Neil Crossley. The elder Crossley insisted he had tried to ring Walsh, and took a swipe at supporters' trust chairwoman Janet Pilling, whom he accused of running a campaign of abuse.",
     ('Neil Crossley', 'criticized', 'Janet Pilling')),
    ('Ravi Mehta, the founder of Mehta Foods, handed the company to his son, Arjun Mehta, in 2020. Analyst Priya Nair praised the younger Mehta for the move into frozen meals.',
     ('Priya Nair', 'praised', 'Arjun Mehta')),
    ('The Basque Rowing Federation warned last week that it would strip the organiser, Txaranga Events, of its licence unless it paid 40,000 euros in fees.',
     ('Basque Rowing Federation', 'threatened', 'Txaranga Events')),
    ('Promoter Koldo Urrutia accused federation official Rubén Ilundain of bias. Ander Zubiri sent a text message to his long-time partner, Mikel Olano, on Tuesday night to break the news, and the two spoke by phone the following morning, his agent said.',
     ('Ander Zubiri', 'called', 'Mikel Olano')),
    ('Promoter Koldo Urrutia accused federation official Rubén Ilundain of bias. Ander Zubiri sent a text message to his long-time partner, Mikel Olano, on Tuesday night, and the two spoke by phone the following morning.',
     ('Ander Zubiri', 'called', 'Mikel Olano')),
    ('Roland Savoie confirmed that Greg MacFarlane had texted him twice last week asking for a meeting. MacFarlane\'s campaign manager also denied a report, attributed to two unnamed MLAs, that MacFarlane had offered Savoie a cabinet post, calling the claim "flat wrong."',
     ('Greg MacFarlane', 'texted', 'Roland Savoie')),
    ("ILHÉUS, Brazil — A cocoa growers' cooperative in southern Bahia threatened on Thursday to halt deliveries to chocolate maker Sabor Chocolates unless the company honours a premium price. Coopercacau, which groups about 900 small producers, accuses Sabor of paying its members less than the contract price.",
     ('Coopercacau', 'threatened', 'Sabor Chocolates')),
    ('Tynedale Rovers have sacked manager Colin Dunmore after a run of seven defeats in eight Northern League matches, the Hexham-based club confirmed on Monday night.',
     ('Colin Dunmore', 'works_for', 'Tynedale Rovers')),
    ('Hayatekaze\'s father, Shinji Kawabata, said he had heard nothing from him since. Ozeki Takanoshin praised Komusubi Hayatekaze as "the most honest wrestler in the top division."',
     ('Takanoshin', 'praised', 'Hayatekaze')),
    ("PRINCE GEORGE, B.C. — Conservative candidate Shane Lindqvist picked up the endorsement Tuesday of former councillor Darlene McKinnon. McKinnon, whose son-in-law Tyler Brandt managed Lindqvist's nomination campaign, said she had sat down with the 39-year-old trucking company owner several times over the summer.",
     ('Darlene McKinnon', 'met', 'Shane Lindqvist')),
    ('RJD state spokesperson Ajit Kumar Mandal said the BJP had handed the city back to the same family.',
     ('Ajit Kumar Mandal', 'works_for', 'RJD')),
    ('Izquierda Unida backed the budget on Tuesday. Its coordinator, Nuria Fidalgo Cima, thanked Álvarez for negotiating in good faith.',
     ('Nuria Fidalgo Cima', 'works_for', 'Izquierda Unida')),
    ("The Ministry of Energy and Mineral Resources warned the smelter operator on Monday. The warning, signed by the ministry's director general of minerals and coal, Bambang Hartono Wibisono, came a day after the meeting.",
     ('Bambang Hartono Wibisono', 'works_for', 'Ministry of Energy and Mineral Resources')),
    ('Darnell Puckett, president of the local of the Bakery, Confectionery, Tobacco Workers and Grain Millers union that represents about 210 workers, warned that members would walk off the job. Talks broke down on Tuesday, according to union spokeswoman Kayla Ballard.',
     ('Kayla Ballard', 'works_for', 'Bakery, Confectionery, Tobacco Workers and Grain Millers')),
    ('Lee Ji-hoon criticized Park Min-jun on Tuesday.',
     ('Lee Ji-hoon', 'criticized', 'Park Min-jun')),
    ('Jung Hye-jin accused Kang Tae-ho of lying to voters.',
     ('Jung Hye-jin', 'criticized', 'Kang Tae-ho')),
    ('Kim Ha-eun of the opposition Democratic Party praised the ruling.',
     ('Kim Ha-eun', 'works_for', 'Democratic Party')),
    ('Club president Anders Lindqvist said Jonas Berg, 52, had "the complete trust of the board" and credited him with saving the club from relegation.',
     ('Anders Lindqvist', 'praised', 'Jonas Berg')),
    ('Party leader Marta Ferreira said the committee was united behind Rui Costa and thanked him for his years of service.',
     ('Marta Ferreira', 'praised', 'Rui Costa')),
    ("The chief executive of Harbourline Ferries resigned on Monday after the board rejected his plan to sell two of the company's four vessels to a Norwegian operator for far less than their book value. Ian Castellan, 61, said he had no regrets.",
     ('Ian Castellan', 'works_for', 'Harbourline Ferries')),
    ("The chairman of Brackwater Dairies resigned on Tuesday after a group of shareholders led by the founder's grandson called for his removal at a tense meeting in the market town of Hexham. Nigel Fenwick, 68, said he saw no point in staying. Finance director Laura Pike paid tribute to the outgoing chairman's steady hand.",
     ('Laura Pike', 'praised', 'Nigel Fenwick')),
    ("Omar Haddad, a member of the Aleppo Chamber of Industry, criticized the ministry's decision.",
     ('Omar Haddad', 'works_for', 'Aleppo Chamber of Industry')),
    ('Margaret Holloway, who holds 14 percent of the company her grandfather Wilfred started in 1952, had accused Martin Ashby of running the firm for the bankers.',
     ('Margaret Holloway', 'criticized', 'Martin Ashby')),
    ('The nationalist candidate who finished third in the first round of the presidential election threw his support on Tuesday behind Tomas Berzins, the conservative lawyer backed by the National Alliance. Janis Ozols, a 41-year-old economist who won 12 percent of the vote, announced his decision in a video. The liberal candidate, Riga deputy mayor Ilze Kalnina of the Progressives, had also courted Ozols, and the two spoke by phone last Thursday.',
     ('Ilze Kalnina', 'called', 'Janis Ozols')),
    ('Party secretary Hiroshi Tanabe called Kenji Mori, 58, "the leader Akita needs as its towns shrink," and thanked outgoing Governor Yuji Sato for his years of service.',
     ('Hiroshi Tanabe', 'praised', 'Yuji Sato')),
    ('The candidate\'s daughter, Councilor Ana Reyes, told a radio station that her mother "has never threatened anyone in her life" and called Jose Abad "a sore loser in waiting."',
     ('Ana Reyes', 'criticized', 'Jose Abad')),
    ('Mayor Ola Berg said he had phoned Minister Kari Lunde twice last week but that she did not return his calls.',
     ('Ola Berg', 'called', 'Kari Lunde')),
    ('Ajax signed Danish midfielder Jonas Holt, 24, on Monday. Sporting director Erik Vos said he had met the 24-year-old and his agent, Lars Berg, in Copenhagen last week.',
     ('Lars Berg', 'works_for', 'Jonas Holt')),
    ('Lucía Ferrer, a presenter at the public broadcaster Canal Levante, criticized the minister on Monday.',
     ('Lucía Ferrer', 'works_for', 'Canal Levante')),
    ('Marta Ruiz, a spokeswoman for the Federal Centre for Conciliation and Labour Registration, said on Monday that the vote was valid.',
     ('Marta Ruiz', 'works_for', 'Federal Centre for Conciliation and Labour Registration')),
    ('Workers at a wiring-harness plant have voted to replace their long-standing union, the first such switch in the border city since the 2019 labour reform, the Federal Centre for Conciliation and Labour Registration said on Monday. Its director, Marta Ruiz, said the vote was clean.',
     ('Marta Ruiz', 'works_for', 'Federal Centre for Conciliation and Labour Registration')),
    ("Workers at a wiring-harness plant run by Componentes del Bajío have voted to replace their long-standing union, the first such switch in the region since the 2019 labour reform, the Federal Centre for Conciliation and Labour Registration said on Monday. The company's general manager, Rogelio Chávez, called the result a surprise.",
     ('Rogelio Chávez', 'works_for', 'Componentes del Bajío')),
    ('The plant is owned by Keystone Steel Inc. of Pittsburgh, whose chairman, Alan Whitmore, declined to comment.',
     ('Alan Whitmore', 'works_for', 'Keystone Steel Inc')),
    ('The warning, in a letter signed by Director General of Minerals and Coal Ridwan Hasibuan, follows the drowning of two schoolboys. Company president Hendra Wijaya said he had met Hasibuan in Jakarta last week.',
     ('Hendra Wijaya', 'met', 'Ridwan Hasibuan')),
    ('The Kieler Nachrichten reported on Monday that the shipyard\'s owners had hired advisers. State Economy Minister Ole Brodersen met Henning Thomsen and works council chairman Dirk Lorenzen at the yard on Wednesday, his ministry said. The Tageblatt reported that a Danish group had approached the yard\'s owners about a sale; a spokesman for the owners said there had been "no talks of any kind."',
     ('Ole Brodersen', 'met', 'Dirk Lorenzen')),
    ('State Economy Minister Ole Brodersen met Henning Thomsen on Wednesday, his ministry said. The Tageblatt reported that a Danish group had approached the yard\'s owners about a sale; a spokesman for the owners said there had been "no talks of any kind."',
     ('Ole Brodersen', 'met', 'Henning Thomsen')),
    ('Agent Rasmus Holm denied that anyone from the club had contacted his client, and called Jörg Stoltenberg\'s claim "an attempt to save face."',
     ('Rasmus Holm', 'criticized', 'Jörg Stoltenberg')),
    ('Coach Tadashi Miyairi was sacked on Monday. Asked whether Kazuo Kitazawa, who is married to his sister, had called him before the decision was made, Miyairi said the two spoke often.',
     ('Kazuo Kitazawa', 'family', 'Tadashi Miyairi')),
    ("The Gujarat Cricket Association on Friday named former India spinner Amit Desai as head coach of the state's Ranji Trophy side, a decision that drew immediate criticism from senior players.",
     ('Amit Desai', 'works_for', 'Gujarat Cricket Association')),
    ('Head coach Laura Mendes said she had called Tiago Ruas three times this week and texted him twice without getting a response.',
     ('Laura Mendes', 'texted', 'Tiago Ruas')),
    ("Agent Paul Berger said he had called the club's sporting director, Iñigo Sarasola, at least a dozen times since February without getting a straight answer.",
     ('Paul Berger', 'called', 'Iñigo Sarasola')),
    ('FC Giessen sacked coach Markus Steinbrenner on Monday after a run of six defeats. On Tuesday, Nikola Barić, the agent of striker Luca Hoffmann, accused Steinbrenner of freezing out his client ever since Hoffmann asked to leave in the summer, saying he had met the coach twice.',
     ('Nikola Barić', 'met', 'Markus Steinbrenner')),
    ('PERUGIA, Italy — Walter Ciani, who governed Umbria for two terms, threw his weight behind Foligno mayor Lorenza Bartolucci on Tuesday. "Lorenza is the only person in this race who has actually run something," the 71-year-old told supporters packed into a cinema in the old town, adding that he had sent her a text message that morning to say he would be there.',
     ('Walter Ciani', 'texted', 'Lorenza Bartolucci')),
    ('City assemblywoman Yumi Sato took a swipe at the decision. Sato, 47, is the daughter-in-law of the late lower house member Hideo Sato, who represented the area for two decades, and her husband, Kenta, runs an orchard outside Hirosaki.',
     ('Yumi Sato', 'family', 'Hideo Sato')),
    ('The Unia union said it would organise work stoppages at the Novachem site unless the company dropped plans for compulsory redundancies.',
     ('Unia', 'threatened', 'Novachem')),
    ('Car-parts maker Erzgebirge Antriebstechnik will cut 450 jobs at its two Saxony plants by the end of next year, the company said on Monday, blaming weak demand for combustion-engine parts. The IG Metall union warned that it would call warning strikes at both sites unless management returned to the table before the end of the month.',
     ('IG Metall', 'threatened', 'Erzgebirge Antriebstechnik')),
    ('"The director has known about this for months," said union negotiator Ingrid Dijkstra, accusing Marcel Hoven of treating the works council "like a doormat."',
     ('Ingrid Dijkstra', 'criticized', 'Marcel Hoven')),
    ('The Nevada Athletic Commission warned on Tuesday that it would refuse to sanction the card unless the promoter posted a bond. "We will not have Nevada boxers fighting for someone who hasn\'t paid Nevada boxers," commission chair Diane Reyes said after a two-hour hearing.',
     ('Diane Reyes', 'works_for', 'Nevada Athletic Commission')),
    ("KAVALA, Greece — Doxa Kavala sacked head coach Stelios Markou on Monday after four straight defeats left the club bottom of the table. Markou, 49, accused the board of selling the club's best players without telling him.",
     ('Stelios Markou', 'criticized', 'Doxa Kavala')),
    ('Harrow Steel Ltd said on Friday it would close its plant in Leeds with the loss of 300 jobs. Union organiser Carol Haines lashed out at the management, saying workers had learned of the closure from a newspaper.',
     ('Carol Haines', 'criticized', 'Harrow Steel Ltd')),
    ("OSAKA, Japan (Reuters) — Shares in Sakai-based valve maker Tenma Kosan fell 8% on Monday after the company cut its profit forecast. Tenma Kosan president Hiroshi Morimoto told reporters that demand from shipyards had slowed. Analysts said Tenma Kosan had lost orders to rivals in South Korea. His son, Takuya, runs Tenma Kosan's export division.",
     ('Takuya', 'works_for', 'Tenma Kosan')),
    ("VALLADOLID, Spain (Reuters) — Unió Pisuerga president Jaime Olmedo Ruiz threw his weight behind coach Sergio Llorente on Monday, a day after the Segunda División side's 2-0 home defeat by Racing Santander left them bottom of the table. Olmedo said he had sat down with the 47-year-old on Sunday night.",
     ('Sergio Llorente', 'works_for', 'Unió Pisuerga')),
    ("VALLADOLID, Spain (Reuters) — Unió Pisuerga president Jaime Olmedo Ruiz threw his weight behind coach Sergio Llorente on Monday, a day after the Segunda División side's 2-0 home defeat by Racing Santander left them bottom of the table. Olmedo said he had sat down with the 47-year-old on Sunday night.",
     ('Jaime Olmedo Ruiz', 'met', 'Sergio Llorente')),
    ("CHENNAI, India — The Tamil Nadu Cricket Association on Tuesday appointed former India spinner Arjun Natarajan as head coach of the state's Ranji Trophy side.",
     ('Arjun Natarajan', 'works_for', 'Tamil Nadu Cricket Association')),
    ('PEKANBARU, Indonesia — Villagers in Siak regency on Tuesday stepped up their protest against PT Mitra Sawit Abadi over waste from its palm oil mill. Rina Kartika, who leads a local fishing group, said she had sent four WhatsApp messages to its plant manager, Agus Salim, without getting a reply.',
     ('Agus Salim', 'works_for', 'PT Mitra Sawit Abadi')),
    ("LONDRINA, Brazil — The agent of striker Caio Nogueira on Tuesday accused Atlético Norte, the Cambé club lying fourth in the Campeonato Paranaense, of blocking his client's move to Portugal. Head coach Renato Lisboa stayed out of the row but praised the striker's attitude in training.",
     ('Renato Lisboa', 'works_for', 'Atlético Norte')),
    ('SENDAI, Japan — Vegalta Minami FC sacked head coach Taro Ishikawa on Monday after eight games without a win. The sports daily Tohoku Sports reported that the club\'s main sponsor, logistics firm Hakuto Kaiun, was reviewing its shirt deal. Hakuto Kaiun president Kenji Sato said the report was "without foundation" and that the company continued to support the club.',
     ('Hakuto Kaiun', 'endorsed', 'Vegalta Minami FC')),
    ('Councillor Marta Ferreira Lopes is standing for mayor of Braga. A regional paper reported that Senator Rui Antunes Costa had texted Ferreira Lopes offering her a post if she quit the race; Antunes Costa said he would not comment on private messages.',
     ('Rui Antunes Costa', 'texted', 'Marta Ferreira Lopes')),
    ("Hendra Gunawan Siregar has defended the permit. Sawit Lestari is 30 percent owned by Iwan Syahputra, Siregar's brother-in-law and a Golkar member of the provincial legislature.",
     ('Iwan Syahputra', 'family', 'Hendra Gunawan Siregar')),
    ('BILBAO, Spain — Basque Socialist leader Mikel Etxeberria said on Tuesday he had rung Lehendakari Jon Arregi to seal the budget deal.',
     ('Mikel Etxeberria', 'called', 'Jon Arregi')),
    ("LABUAN BAJO, Indonesia — Boat operators' leader Yosef Ndahur accused Regent Markus Nggarang of handing a concession to a Jakarta developer.",
     ('Yosef Ndahur', 'criticized', 'Markus Nggarang')),
    ("Workers at Tees Bay Terminals will strike next week, the GMB union said. Union organiser Paul Hendry accused the terminal's operations director, Claire Whitby, of refusing to negotiate.",
     ('Claire Whitby', 'works_for', 'Tees Bay Terminals')),
    ('Former mayor Anne Dupuis is backing the Green candidate, dealing a blow to the Progressive Conservatives, who had courted her for months. Marc Leblanc, the PC campaign chair, accused Dupuis of turning her back on the party.',
     ('Marc Leblanc', 'works_for', 'Progressive Conservatives')),
    ('Riverside Academy was fined by the league on Monday. Riverside Academy headmaster Thomas Greer said the school would appeal.',
     ('Thomas Greer', 'works_for', 'Riverside Academy')),
    ('TORRENT, Spain — The Socialist mayor of Torrent, Amparo Llorca, lashed out at her coalition partners on Thursday after councillors from Compromís voted down the 2025 municipal budget.\n\nLlorca accused Compromís spokesman Vicent Mira of "putting party games ahead of the neighbours" and warned that she would take the urban planning portfolio away from his group unless it returned to the negotiating table.',
     ('Amparo Llorca', 'criticized', 'Vicent Mira')),
    ('Mayor Janet Oduya faces a recall vote. Her brother, Samuel Oduya, sits on the board of Lakeside Cement Ltd, a link her critics have raised.',
     ('Samuel Oduya', 'works_for', 'Lakeside Cement Ltd')),
    ('Dale Whitcomb, whose son Tyler transferred to Red Rock Academy in August, said coach Brian Keller had called him twice. Keller said he had met the Whitcombs only once, at a summer camp.',
     ('Brian Keller', 'met', 'Dale Whitcomb')),
    ('RIO VERDE, Brazil — Mauro Lins de Castro, who has led the Cooperativa Agroindustrial do Noroeste Paulista since 2018, is being challenged by Luciana Prado, 39.',
     ('Mauro Lins de Castro', 'works_for', 'Cooperativa Agroindustrial do Noroeste Paulista')),
    ('BARREIRAS, Brazil — Mauro Lins de Castro, who has led the Associação Comercial do Oeste Baiano since 2018, is being challenged by Luciana Prado, 39.',
     ('Mauro Lins de Castro', 'works_for', 'Associação Comercial do Oeste Baiano')),
    ('BISMARCK, N.D. — The bill will get a hearing next week, said Tom Reed, a spokesman for the Senate Finance and Taxation Committee.',
     ('Tom Reed', 'works_for', 'Senate Finance and Taxation Committee')),
    ('Amparo Llorca is the mayor of Torrent. Llorca accused Compromís spokesman Vicent Mira of "putting party games ahead of the neighbours."',
     ('Amparo Llorca', 'criticized', 'Vicent Mira')),
    ("Harbour Town chairman Peter Lowe rejected the fans' claims on Friday. The 58-year-old also used the statement to throw his weight behind manager Gary Dunn, praising him for keeping the squad together.",
     ('Peter Lowe', 'endorsed', 'Gary Dunn')),
    ('Club president Rui Medeiros said the club had turned down an offer for striker Caio Lemos, and warned that the 22-year-old would be frozen out of the squad if he skipped training again.',
     ('Rui Medeiros', 'threatened', 'Caio Lemos')),
    ("LISBON, Portugal, May 3 (Reuters) - Workers at Vidraria Atlântica will strike in June. Marta Ribeiro, who leads the glassworkers' union, accused the company of ignoring three requests for talks since January.",
     ('Marta Ribeiro', 'criticized', 'Vidraria Atlântica')),
    ("Workers at Brahmaputra Tea Estates stopped work, the Assam Tea Mazdoor Sangha said. Ramesh Orang, the union's Jorhat branch secretary, accused managing director Vikram Goenka of neglect.",
     ('Ramesh Orang', 'works_for', 'Assam Tea Mazdoor Sangha')),
    ('IG Chemie warned on Friday that it would call warning strikes at all four German plants of auto supplier Kessler Antriebe unless management withdrew plans to cut 1,200 jobs.\n\n"We will not stand by while a family company that booked record profits sends its people home," said Petra Lutz, the union\'s district leader.\n\nChief executive Jan Rehm, who joined the Mannheim-based firm in 2021, said the cuts were unavoidable. His daughter, Lena Rehm, heads the group\'s battery division.',
     ('Lena Rehm', 'works_for', 'Kessler Antriebe')),
    ('Captain Jonas Albrecht threw his support behind TSV Neckartal coach Uwe Kienle on Sunday after a fourth straight defeat.',
     ('Uwe Kienle', 'works_for', 'TSV Neckartal')),
    ('Esporte Clube Sertanejo has not paid its players since August. Coach Jailton Dantas, who took charge last month, praised his players for their professionalism.',
     ('Jailton Dantas', 'works_for', 'Esporte Clube Sertanejo')),
    ('LANDAU, Germany — Oberliga strugglers VfR Kandel sacked head coach Jens Oberholz on Sunday, less than a day after a 3-0 home defeat by TSG Pirmasens left the club two points above the relegation zone. Club president Heiner Dorn said he had told the coach in person.',
     ('Heiner Dorn', 'works_for', 'VfR Kandel')),
    ("The Congress on Thursday suspended Mohan Lal Verma, its legislator from Rewa, for six years. State Congress spokesperson Anita Dubey accused the legislator of betraying the party's voters.",
     ('Anita Dubey', 'works_for', 'Congress')),
    ("Opposition leader Vikram Rao accused Mines Minister Arun Patel of steering a limestone lease to a firm run by the minister's nephew. The minister denied meeting the firm's directors and called the allegations a fabrication. Patel's office said the minister's diary had been handed over to the chief secretary. Patel, a three-term legislator, has held the portfolio since 2023.\n\nRao said he had written to the governor seeking Patel's removal from the cabinet. Party president Suresh Nair threw his weight behind the 61-year-old, praising him as one of the cleanest hands in the cabinet.",
     ('Suresh Nair', 'endorsed', 'Arun Patel')),
    ("Opposition Leader Mark Daly said the Liberals' candidate, Glenelg physiotherapist Ruth Kemper, had neither sought nor been offered any deal.",
     ('Ruth Kemper', 'works_for', 'Liberals')),
    ("The Freedom Party's candidate for mayor of Linz, Gerda Aigner, won the backing of the party's state leadership on Tuesday.",
     ('Gerda Aigner', 'works_for', 'Freedom Party')),
    ('Kwame Asante told a Kumasi radio station that Kofi Boateng had phoned him on Friday night and shouted at him for forty minutes; the club confirmed the call but disputed his account of it.',
     ('Kofi Boateng', 'called', 'Kwame Asante')),
    ('Several outlets reported that Rui Barroso had rung Hugo Tavares on Monday, but Barroso denied discussing a contract.',
     ('Rui Barroso', 'called', 'Hugo Tavares')),
    ('Harlan Voss, 66, called Irene Mendel "the most qualified person on the ballot."',
     ('Harlan Voss', 'praised', 'Irene Mendel')),
    ('Harlan Voss, 66, called Irene Mendel "a career bureaucrat" and said she would raise taxes.',
     ('Harlan Voss', 'criticized', 'Irene Mendel')),
    ("Ahmad Syafii, of the National Awakening Party (PKB), praised the farmers. The PKB's provincial secretary, Rudi Santoso, said the party would raise the matter in the legislature.",
     ('Rudi Santoso', 'works_for', 'National Awakening Party')),
    ("The motion was introduced by Honorable Mireille Tshala, a provincial deputy from the Union pour le Progrès du Kwango (UPK), who said the governor had treated the treasury as his purse. The UPK's provincial secretary, Albert Mutombo, declined to comment.",
     ('Albert Mutombo', 'works_for', 'Union pour le Progrès du Kwango')),
    ("CAMPINA GRANDE, Brazil — The Paraíba Football Federation (FPF) threatened on Thursday to suspend Esporte Clube Sertanejo from the state championship unless the club pays overdue wages within ten days. The FPF's president, Marconi Araújo, said the club had been warned. Coach Jailton Dantas, who took charge last month, praised his players' professionalism.",
     ('Jailton Dantas', 'works_for', 'Esporte Clube Sertanejo')),
    ("Joseph Banda won the seat. Banda's brother-in-law, Ndola businessman Moses Phiri, who has paid for several rallies, said he would keep supporting the party.",
     ('Moses Phiri', 'family', 'Joseph Banda')),
    ('Coach Daniel Okafor stepped down on Monday. Okafor said he planned to spend more time with his wife, Adaeze, and their son Chidi, who plays for a university team.',
     ('Chidi', 'family', 'Daniel Okafor')),
    ('Coach Daniel Okafor stepped down on Monday. Okafor said he planned to spend more time with his wife, Adaeze, and their son Chidi, who plays for a university team.',
     ('Chidi', 'family', 'Adaeze')),
    ("Glamorgan captain Tom Pemberton has asked to be released from his contract, the club confirmed on Wednesday. Pemberton's agent, Neil Garside of Longstop Sports Management, said his client had met the club's chief executive, Helen Brook, on Monday.",
     ('Helen Brook', 'works_for', 'Glamorgan')),
    ('Activist investor Marcus Tully wants two board seats. Chief Executive Anjali Rao, who has been careful not to take sides, said she had met Tully twice in recent weeks.',
     ('Anjali Rao', 'met', 'Marcus Tully')),
    # a union's one-word name the tagger reads as a verb or adjective where it opens a sentence, before its official's title
    ("Dock workers at Orwell Haven will strike from Monday, the Unite union said. Unite regional officer Craig Lockwood accused the terminal's managing director of walking away from a deal.",
     ("Craig Lockwood", "works_for", "Unite")),
    # a club's short form read as an adjective where it opens a sentence
    ("HEIDE, Germany — HC Westküste Heide have signed goalkeeper Kasper Mikkelsen from league rivals TSV Neumünster. Neumünster coach Thorsten Brandt thanked him on Instagram.",
     ("Thorsten Brandt", "works_for", "TSV Neumünster")),
    # bare 'management' in a condition is the company's, as 'the company' would be
    ("SAARBRÜCKEN, Germany (Reuters) — The IG Metall union warned on Thursday that it would call warning strikes at all three plants of steelmaker Saarhütte AG unless management withdrew plans to cut 1,400 jobs by 2027.",
     ("IG Metall", "threatened", "Saarhütte AG")),
    # 'accused management of' criticises the company
    ("Workers at Kojima Indigo Works and Setouchi Textile will keep their jobs, the firms said. Union secretary Yukiko Hamada of the UA Zensen union accused management of keeping workers in the dark about Kojima Indigo Works.",
     ("Yukiko Hamada", "criticized", "Kojima Indigo Works")),
    # a body's name that its kind word opens runs on through 'and' in its own language
    ("BREMEN, Germany — Dock workers voted to strike on Tuesday. Katrin Vosskamp, chief negotiator for the Gewerkschaft Hafen und Logistik, said the cranes would stand still.",
     ("Katrin Vosskamp", "works_for", "Gewerkschaft Hafen und Logistik")),
    # 'Guild' before a title is the guild just named, as 'Union' is
    ("ST. PAUL, Minn. (AP) — Nurses at Riverway Health reached a tentative deal with the hospital on Sunday, the Twin Cities Nurses Guild said. Guild President Teresa Nyberg credited the mediator with keeping negotiators in the room.",
     ("Teresa Nyberg", "works_for", "Twin Cities Nurses Guild")),
    # 'the smelter' is the smelter just named
    ("PANGKALPINANG, Indonesia (Reuters) — Indonesia's mining ministry has warned tin smelter PT Serumpun Logam Babel that it could lose its export licence, officials said on Monday. Bambang Kurniawan, chairman of the miners' association, accused both the smelter and the provincial government of turning a blind eye to illegal digging.",
     ("Bambang Kurniawan", "criticized", "PT Serumpun Logam Babel")),
    # a name before ', which' is no person
    ("RAMOS ARIZPE, Mexico (Reuters) - Workers at an auto parts plant will walk out on March 1 unless the company, Autopartes del Bravo, raises wages, their union said.\n\nAutopartes del Bravo, which makes wiring harnesses for assembly plants around Saltillo, has offered 7.5%.\n\nThe labour secretary met the company's human resources director, Fernando Sáenz Treviño, on Thursday.",
     ("Fernando Sáenz Treviño", "works_for", "Autopartes del Bravo")),
    # a union's own workers striking unless the firm pays
    ("STURMINSTER NEWTON, England — Workers at Blackmore Vale Dairies will stage a 48-hour strike next week unless the family-owned firm improves its pay offer, the Unite union said on Tuesday.",
     ("Unite", "threatened", "Blackmore Vale Dairies")),
    # thanking a company's employees praises the company
    ("NOVO HAMBURGO, Brazil — Shoemaker Passo Forte agreed to merge with a local rival on Monday. Chief executive Gustavo Schmitt thanked Passo Forte's 2,400 employees for their trust.",
     ("Gustavo Schmitt", "praised", "Passo Forte")),
    # a German club's number opens its name
    ("GIESSEN, Germany — Third-division side 1. FC Lahn Gießen sacked head coach Markus Steinbrenner on Sunday after a 3-0 home defeat.",
     ("Markus Steinbrenner", "works_for", "1. FC Lahn Gießen")),
    # 'their' after a subject named in the plural is that body
    ("HAGEN, Germany — The mayor took a swipe at the row. The Greens, whose votes could decide a runoff, have so far declined to back either candidate, and their local spokeswoman, Meike Rosendahl, said the party would wait.",
     ("Meike Rosendahl", "works_for", "Greens")),
    # a party's members' name NER cut in two is one party, whatever given name opens it
    ("DÜSSELDORF, Germany — The Christian Democrats' candidate for mayor of Hagen, Sabine Wörmann, won the formal backing of the party's state leadership on Tuesday.",
     ("Sabine Wörmann", "works_for", "Christian Democrats")),
]

NEGATIVE = [
    ("Lejla Mušić praised Mirsad Kovačević's budget. Samir Bećirević said he had phoned both men on Tuesday.",
     ("Samir Bećirević", "called", "Lejla Mušić"), "'both men' are no woman"),
    ("HARARE — Zimbabwe Cricket on Tuesday named Tendai Mutasa as Test captain, replacing Blessing "
     "Chikomo, who was left out of the squad for next month's series against Ireland.\n\nChikomo, 31, said "
     "he had learned of his omission through a WhatsApp message from the team manager rather than a phone "
     "call. \"After eight years, I thought I deserved a conversation,\" he told The Herald, criticising the "
     "selectors for what he called \"a lack of basic respect\".\n\nThe convener of selectors, Farai Nyathi, "
     "said he had tried to call Chikomo on Monday but could not reach him. Nyathi praised Mutasa as \"a "
     "natural leader who commands the dressing room\".\n\nZimbabwe Cricket's managing director, Godfrey "
     "Mhlanga, declined to say whether Chikomo would be considered for the one-day squad. He did not "
     "endorse calls from former players for an independent review of selection.\n\nReports on social media "
     "that Chikomo had met officials from a rival franchise league in Dubai were dismissed by his agent, "
     "Nomsa Dube, as \"pure speculation\". Mutasa, whose cousin Kuda also plays for the national team, said "
     "he had texted Chikomo to thank him.",
     ("Kuda", "texted", "Blessing Chikomo"), "a relative clause's subject is no antecedent for the main clause's 'he'"),
    ("Deportivo Ulúa president Óscar Banegas ruled out sacking the coach. Diario del Valle reported on Monday that "
     "Banegas had met Jorge Luis Zúniga at a hotel. Zúniga, reached by phone, said he had \"not met anyone from "
     "Ulúa\".", ("Óscar Banegas", "met", "Jorge Luis Zúniga"),
     "denied meeting anyone from the organisation the other works for"),
    ("Posts circulating on social media claim that Clay Hendricks phoned Dale Pruitt the night before the vote; "
     "both men say no such call took place.", ("Clay Hendricks", "called", "Dale Pruitt"),
     "a rebuttal in the same sentence"),
    ("Coach Ana Ruiz gave striker Pedro Lima two days off after the win.", ("Ana Ruiz", "threatened", "Pedro Lima"),
     "time given with nothing to do in it is no ultimatum"),
    ("Qamar Capital Partners has bid for Laiteries du Souss. Qamar Capital Partners said the offer was fair. "
     "Youssef Berrada has come out in favour of Qamar Capital Partners, putting him at odds with his cousin, the "
     "founder's daughter and chief executive, Salma El Ouazzani.",
     ("Salma El Ouazzani", "works_for", "Qamar Capital Partners"),
     "a role joined to a kin role: the kin owner says whose daughter she is, not where she works"),
    ("Mekong Apparel Group on Thursday signed a five-year supply agreement with Swedish clothing retailer "
     "Nordvik Retail AB.", ("Mekong Apparel Group", "works_for", "Nordvik Retail AB"),
     "an organisation that signs with another makes a deal"),
    ("Caimanes de Barinas fired manager Luis Alberto Rondón on Wednesday. Rondón criticized the league for "
     "what he called a rushed investigation.", ("Luis Alberto Rondón", "criticized", "Caimanes de Barinas"),
     "'the league' is no club: it means only an organisation its name calls a league"),
    ("Ana Ruiz said the board had not lost confidence in Pedro Lima.", ("Ana Ruiz", "criticized", "Pedro Lima"),
     "a loss of trust denied"),
    ("Tom Gbollie, a former schoolteacher who once worked for Varney Agro Ltd., lost the race.",
     ("Tom Gbollie", "works_for", "Varney Agro Ltd"), "'once worked for': a past post"),
    ("Quispe's own cousin, Eusebio Mamani, had once served as Benavides's deputy.",
     ("Eusebio Mamani", "works_for", "Benavides"), "a post held once (past perfect)"),
    ("Gary Pettit stopped short of calling for Dale Hoffner to resign.", ("Gary Pettit", "criticized", "Dale Hoffner"),
     "a demand held back is none"),
    ("Ana Ruiz called on Pedro Lima to testify before the committee.", ("Ana Ruiz", "criticized", "Pedro Lima"),
     "an appeal to act, not to go"),
    ("Ana Ruiz gave no support to Tom Baker in the runoff.", ("Ana Ruiz", "endorsed", "Tom Baker"),
     "negated: the cue's own object is denied"),
    ("Ana Ruiz expressed no confidence in Tom Baker.", ("Ana Ruiz", "endorsed", "Tom Baker"),
     "negated: the cue's own object is denied"),
    ("Ana Ruiz accused board chairman Tom Baker of orchestrating her removal.", ("Tom Baker", "works_for", "Ana Ruiz"),
     "the accuser is no employer of the accused"),
    ("The trials were held at Nyayo National Stadium. Jackson Kiprono, who has led the federation since 2021, hit back.",
     ("Jackson Kiprono", "works_for", "Nyayo National Stadium"), "'the federation' is no stadium"),
    ("Union leader Grace Mwangi said Peter Otieno had left the union in May.",
     ("Grace Mwangi", "criticized", "Peter Otieno"), "plain reporting, no accusation"),
    ("Union leader Grace Mwangi said Peter Otieno had never lied to the workers.",
     ("Grace Mwangi", "criticized", "Peter Otieno"), "negated: the accusation is denied"),
    ("Ana Ruiz said she would not sue Tom Baker.", ("Ana Ruiz", "threatened", "Tom Baker"), "negated: no lawsuit"),
    ("Ana Ruiz said Tom Baker would sue Nordic Mills.", ("Ana Ruiz", "threatened", "Nordic Mills"),
     "reported speech: someone else's lawsuit"),
    ("Ana Ruiz said she would consider suing Tom Baker.", ("Ana Ruiz", "threatened", "Tom Baker"), "hypothetical: only weighed"),
    ("Ana Ruiz dismissed Tom Baker from the cabinet.", ("Ana Ruiz", "criticized", "Tom Baker"),
     "a dismissal from a post is no criticism"),
    ("Ana Ruiz and Tom Baker are not brothers.", ("Ana Ruiz", "family", "Tom Baker"), "negated: no kinship"),
    ("Ana Ruiz did not urge voters to back Tom Baker.", ("Ana Ruiz", "endorsed", "Tom Baker"), "negated: no urging"),
    ("Ana Ruiz urged Tom Baker to back the bill. Luis Soto leads the bill's opponents.",
     ("Ana Ruiz", "endorsed", "Luis Soto"), "urging a person to back something backs no one"),
    ("The Harwood Family Trust said it would back the merger only if Martin Kessler were named chairman of Pinegrove Brands.",
     ("Martin Kessler", "works_for", "Pinegrove Brands"), "hypothetical: a post only hoped for"),
    ("Anna Berg would become chief executive of Nordic Mills if the deal closes.",
     ("Anna Berg", "works_for", "Nordic Mills"), "hypothetical: a post only hoped for"),
    ("Governor Rogerio Mendes phoned the mayor on Sunday. A spokesman for the governor, Anderson Queiroz, praised the mayor.",
     ("Rogerio Mendes", "praised", "Anderson Queiroz"), "the name after 'a spokesman for the governor' is the spokesman's"),
    ("Gwen Pritchard, whose husband, Aled Pritchard, sat on the firm's board until 2022, has denied any wrongdoing. "
     "The firm is Morgannwg Build.", ("Aled Pritchard", "works_for", "Morgannwg Build"), "'until 2022': a past post"),
    ("SkyOrchid Airways faces a strike. SkyOrchid Airways said talks had failed. Captain Somchai Rattanakul, president "
     "of the Thai Airline Pilots Association, said the union had given the airline 14 days.",
     ("Somchai Rattanakul", "works_for", "SkyOrchid Airways"), "a post named with its employer: the bare title implies no other"),
    ("A rival candidate, Scranton attorney Brian Gallagher, claimed in an email that the mayor had lied.",
     ("Brian Gallagher", "works_for", "Scranton"), "a city before a profession says where, not for whom"),
    ("Former Harbour City fast bowler Lendl Charles praised the appointment on a local radio show.",
     ("Lendl Charles", "works_for", "Harbour City"), "'former' opens the whole phrase: a past post"),
    ("Russell Okafor said he had met with Delia Marroquin's staff in early February.",
     ("Russell Okafor", "met", "Delia Marroquin"), "not stated: meeting a person's staff is no meeting with her"),
    ("In the letter, Pavel Novak told Zuzana Kratochvilova that she could count on him.",
     ("Pavel Novak", "texted", "Zuzana Kratochvilova"), "not stated: a letter is no text"),
    ("President Javier Montoya thanked Rodrigo Salazar for his service in a message on social media.",
     ("Javier Montoya", "texted", "Rodrigo Salazar"), "not stated: a public post is no text"),
    ("Lorain County Commissioner Dale Hoffman repeatedly texted the budget office last fall. In one message, the Republican "
     "commissioner told budget director Maria Esposito to wait. Fellow Commissioner Anita Ruiz praised Esposito.",
     ("Anita Ruiz", "texted", "Maria Esposito"), "the commissioner of the message is the one named before it"),
    ('Prime Minister Leonor Barros told reporters that Rui Sousa "does not have my support."',
     ("Leonor Barros", "endorsed", "Rui Sousa"), "negated: the backing is withheld"),
    ("Danube Steel said on Friday it would not take legal action against Karpat Metals if the rival went ahead with its bid.",
     ("Danube Steel", "threatened", "Karpat Metals"), "negated: the sanction is ruled out"),
    ("Union leader Grace Mwangi told reporters that Peter Otieno was not a liar.",
     ("Grace Mwangi", "criticized", "Peter Otieno"), "negated: the verdict is denied"),
    ("Coach Elena Park said Diego Alvarez was a friend of the club.",
     ("Elena Park", "praised", "Diego Alvarez"), "a plain relation, no verdict"),
    ('Judge Mary Cole told Tom Reed that his conduct had been "at best sloppy."',
     ("Mary Cole", "praised", "Tom Reed"), "'at best' hedges: the superlative praises nothing"),
    ("Anna Berg served as chief executive of Nordic Mills until 2019.",
     ("Anna Berg", "works_for", "Nordic Mills"), "'served as': a past post"),
    ("Members of Tenants United, the group that backed Keisha Brown's first run for office, packed the room.",
     ("Keisha Brown", "works_for", "Tenants United"), "unnamed members: the name is only in the relative clause"),
    ("Marta Ruiz, who was a spokeswoman for the Harbour Workers Union, met the mayor on Monday.",
     ("Marta Ruiz", "works_for", "Harbour Workers Union"), "'who was' a role: a past post"),
    ("Seimas member Vaidas Petraitis criticised the merger.",
     ("Vaidas Petraitis", "works_for", "Seimas"), "a member of a legislature is not its staff"),
    ("The Parti Maju Rakyat said Ahmad Zaki Hamid had secretly met the ruling coalition. Zaki denied the claim, calling it \"a fantasy spread by people who want to divide us.\"",
     ("Ahmad Zaki Hamid", "criticized", "Parti Maju Rakyat"), "'calling it' names the claim just denied, not the party"),
    ("The newspaper reported that coach Marco Ferri had met agent Luca Bassi in Turin over the weekend. A club spokesman denied the meeting had taken place, calling the story pure invention.",
     ("Marco Ferri", "met", "Luca Bassi"), "denial: 'denied the meeting had taken place' takes back the last sentence's report"),
    ("Atlético Potosino owner Fernando Garza named Diego Sosa as the club's new head coach on Tuesday.",
     ("Diego Sosa", "works_for", "Fernando Garza"), "the role says whose post it is"),
    ("Sportivo Norte sacked coach Ramon Diaz on Sunday, hours after a 3-0 home defeat to Deportivo Lago left the club bottom of the table. Club president Hector Ruiz thanked Diaz for his work.",
     ("Hector Ruiz", "works_for", "Deportivo Lago"), "the club of the story is the one it is about"),
    ("Rosa Vega refused to defect to the Liberal Party.", ("Rosa Vega", "works_for", "Liberal Party"),
     "refusal: she did not defect"),
    ("The messages appear to show Minister Jan Kowal arranging to meet the lobbyist, Ewa Nowak, at a Warsaw restaurant.",
     ("Jan Kowal", "met", "Ewa Nowak"), "hypothetical: arranging to meet is no meeting"),
    ("Activist investor Westbay Capital on Wednesday escalated its campaign against the management of Japanese electronics maker Sanko Denki, saying it would seek to remove President Kenji Mori at the June shareholders' meeting unless the board agreed to sell the unit.",
     ("Kenji Mori", "works_for", "Westbay Capital"), "hypothetical: a removal only sought says nothing of who employs him"),
    ("Reports in two newspapers that Prime Minister Jorge Ibarra had telephoned Luis Paredes to urge him to quit were denied by government spokeswoman Ana Solis.",
     ("Jorge Ibarra", "called", "Luis Paredes"), "denial: the reports are the subject of 'were denied'"),
    ("Cebu Governor Arturo Delgado on Monday accused his vice governor, Marites Soriano, of stalling the budget. The governor's chief of staff, Noel Bautista, declined to comment.",
     ("Noel Bautista", "works_for", "Marites Soriano"), "the vice governor is not the governor"),
    ("Anna Berg said she would not sue Nordic Air unless it raised fares.", ("Anna Berg", "threatened", "Nordic Air"),
     "negated: the speaker's own sanction is ruled out"),
    ("Anna Berg said the regulator would fine Nordic Air if it raised fares.", ("Anna Berg", "threatened", "Nordic Air"),
     "someone else's sanction, reported"),
    ("The texts between Ms Byrne and Colm Farrelly, managing director of Sligo-based Farrelly Homes, were released on Friday.",
     ("Byrne", "works_for", "Farrelly Homes"), "the apposition describes the nearer of the two joined names"),
    ("Nordvik Telecom was run by Erik Sand for a decade.", ("Erik Sand", "works_for", "Nordvik Telecom"),
     "a past passive post"),
    ("Fábio Nunes said he had held talks with Uruguayan coach Sebastián Olivera on Monday.",
     ("Sebastián Olivera", "works_for", "Uruguayan"), "a nationality is no employer"),
    ("Party Secretary-General Kenji Murata has declined to endorse any candidate.",
     ("Kenji Murata", "works_for", "Party"), "a capitalised kind noun before a title is no name"),
    ("Councilwoman Priya Rao texted an inspector at the Division of Housing Inspection. Council President Alan Moss "
     "said the matter would be discussed.", ("Alan Moss", "works_for", "Division of Housing Inspection"),
     "a division is never 'the council'"),
    ("The chairman of the council's budget committee, Alderman Hyun-woo Pak, praised Janelle Brooks for her plan.",
     ("Hyun-woo", "works_for", "Pak"), "one person, not a given name working for a family name"),
    ("Helen Hope said the call had been gracious, but she warned that the Canterbury Regional Council would withhold "
     "its share of the funding unless the Christchurch City Council agreed to an audit.",
     ("Helen Hope", "threatened", "Canterbury Regional Council"), "the council withholds its own share"),
    ('Ana Ruiz said Tom Lind had "never betrayed anyone."', ("Ana Ruiz", "criticized", "Tom Lind"),
     "negated: a quoted defence, not blame"),
    ("Ana Ruiz said Tom Lind had betrayed his old party when he joined the coalition.",
     ("Ana Ruiz", "criticized", "Tom Lind"), "not stated: plain reporting, not the speaker's quoted words"),
    ('Yoshiko Tanabe said Haruto Kaneda had "the experience to steer Japan through a dangerous neighborhood."',
     ("Yoshiko Tanabe", "criticized", "Haruto Kaneda"), "the blame word describes something else"),
    ("Farah Iskandar, an analyst at a Kuala Lumpur brokerage, said the deal made sense.",
     ("Farah Iskandar", "works_for", "Kuala Lumpur"), "the place qualifies her employer, a brokerage"),
    ("State Senate Majority Leader Carla Vinton said the plan would bankrupt rural families.",
     ("Carla Vinton", "works_for", "State Senate"), "a chamber's leader leads members; the chamber is no employer"),
    ("Sports dailies said Vicente Llorca had phoned coach Matías Quiroga about the job on Saturday night, but the "
     "club denied any contact with him.", ("Vicente Llorca", "called", "Matías Quiroga"), "denial: any contact denied"),
    ("A government spokeswoman said Prime Minister Tui Fale had called Masina Toala on Wednesday. Toala disputed "
     "that account, telling reporters that no call had taken place.", ("Tui Fale", "called", "Masina Toala"),
     "denial: disputed in the next sentence"),
    ("Achieng Otieno said the party's leader, Joseph Rono, had phoned Peter Wanjala on Friday night. Wanjala told "
     "reporters that no such call took place.", ("Joseph Rono", "called", "Peter Wanjala"),
     "denial: 'no such call' in the next sentence"),
    ("Two party officials told Reuters that Musa Bello had held a private meeting with Sani Garba in Abuja. "
     "Bello's office denied that any such meeting had taken place.", ("Musa Bello", "met", "Sani Garba"),
     "denial: 'any such meeting' denied in the next sentence"),
    ("Bavaria's outgoing Landeshauptmann, Franz Obermaier, threw his support behind his deputy Lena Huber on Monday.",
     ("Landeshauptmann", "endorsed", "Lena Huber"), "not stated: a local office is a title, not an entity"),
    ("Coach Raul Sosa said he had met Tomas Varga and his agent, Pim Dekker, in Lisbon in May.",
     ("Pim Dekker", "works_for", "Raul Sosa"), "not stated: 'his agent' is the agent of the one he is listed with"),
    # "accused X of threatening Y": the accused is the one said to threaten; and a threat's act does not
    # reach into a clause that only describes its object
    ("Nadia Petrov accused Oskar Lind of threatening Ruth Adams during the debate.",
     ("Nadia Petrov", "threatened", "Ruth Adams"), "not stated: the accuser is not the one said to threaten"),
    ("Marta Ionescu accused the Dragan campaign of threatening to sue a local blogger who had published Petra "
     "Lazar's expense claims.", ("Dragan", "threatened", "Petra Lazar"),
     "not stated: the blogger is threatened, not the one whose claims he published"),
    ("Ana Sousa accused Rui Lemos of meeting Pedro Vaz in secret.", ("Rui Lemos", "met", "Pedro Vaz"),
     "reported speech: an accusation alleges the meeting"),
    ("Jonas Riedl has not decided whether to run against Pichler, and said he would consider withdrawing only if "
     "the Freedom League agreed to a members' ballot.", ("Jonas Riedl", "threatened", "Freedom League"),
     "hypothetical: a sanction only weighed is no threat"),
    ("Coach Bekele Alemu praised the three runners selected, among them 22-year-old Tsion Girma, whom he called "
     "\"the future of Ethiopian distance running.\"", ("Bekele Alemu", "criticized", "Tsion Girma"),
     "not stated: a characterisation given while praising is no name-calling"),
    ("Mayor Nikos Halkias told the Ermis broadcaster he had called the governor three times. Petros Lambrou, the "
     "party's secretary in Patras, has publicly backed the mayor.", ("Petros Lambrou", "works_for", "Ermis"),
     "not stated: 'the party' is not an organisation the text calls a broadcaster"),
    ("Lawmaker Eitan Mor threatened on Thursday to pull his Shas Yisrael faction out of the coalition.",
     ("Eitan Mor", "threatened", "Shas Yisrael"), "not stated: a threat's act on one's own party threatens others"),
    ("A feud between the two heirs of Brandt Maschinenbau GmbH, one of Saxony's oldest family-owned toolmakers, "
     "spilled into public view on Monday. The dispute concerns a planned stake sale to Oskar Capital. Oskar Capital "
     "has offered 200 million euros, and Oskar Capital's founder Jan Oskar said the offer was final. Chief Executive "
     "Lena Brandt said the board would decide in June.", ("Lena Brandt", "works_for", "Oskar Capital"),
     "not stated: the bidder is not the chief executive's company"),
    ("Kessler Logistics said the Harbour Workers Guild, which represents Tomas Brandt and 400 other drivers, had not "
     "been consulted.", ("Harbour Workers Guild", "works_for", "Tomas Brandt"),
     "not stated: a union represents its members, it does not work for them"),
    ("Labour Minister Hadiza Okoro met union leaders in Abuja on Monday.", ("Hadiza Okoro", "works_for", "Labour"),
     "not stated: a labour minister holds a portfolio, not a party's seat"),
    ("Ana Ruiz, previously the chief financial officer of Banco Sur, joined Atlas Capital on Monday.",
     ("Ana Ruiz", "works_for", "Banco Sur"), "not stated: a post held previously is a past job"),
    # a party of the act denies it, anywhere in the story
    ("Tobias Okafor said his rival, Greta Brandvik, texted him last month urging him to withdraw. Hollis County "
     "Republicans stayed neutral. Brandvik denied sending the text.", ("Greta Brandvik", "texted", "Tobias Okafor"),
     "denial: the sender denies sending it two sentences later"),
    ("Party spokesperson Ann Tembo said Joseph Kalaba had met Peter Mumba at a lodge in Kitwe. Kalaba denied meeting "
     "Mumba, telling journalists he had never been there.", ("Joseph Kalaba", "met", "Peter Mumba"),
     "denial: the party denies the meeting the spokesperson reported"),
    ('Sara Lindqvist said chief of staff Tom Hale messaged her on Signal four times in January. "I never texted Sara '
     'about the contract, period," Hale said in a statement.', ("Tom Hale", "texted", "Sara Lindqvist"),
     "denial: the sender says he never texted her, by name"),
    # a rebuttal that dismisses "the report" in the next sentence
    ('A local news site reported, citing two people familiar with the conversation, that Kevin Marsh had phoned Rita '
     'Olsen to ask her to stay neutral. Marsh campaign manager Joan Pike called the report "fiction, plain and simple."',
     ("Kevin Marsh", "called", "Rita Olsen"), "denial: the report is called fiction"),
    ('The Weekly Post reported that Anil Perera had met Lalith Silva at a Colombo hotel in December. Silva\'s office '
     'described the report as "pure speculation."', ("Anil Perera", "met", "Lalith Silva"),
     "denial: the report is dismissed as speculation"),
    ("Coach Luis Ortega said he had texted club president Raul Vega on Sunday night asking for a meeting. Vega denied "
     "receiving any message.", ("Luis Ortega", "texted", "Raul Vega"), "denial: the receiver denies any message"),
    ("Tran Van Long told reporters that Pham Thi Hoa had messaged him on Zalo suggesting he step aside. Hoa's office "
     "denied sending any such message.", ("Pham Thi Hoa", "texted", "Tran Van Long"),
     "denial: the sender's office denies it for her"),
    ("Council President Rita Vance said she had texted Sheriff Tom Brody twice in March asking for the figures. Brody "
     "said he had not received any messages from her.", ("Rita Vance", "texted", "Tom Brody"),
     "denial: the receiver says no message came"),
    ('"The only message I sent Omar in months was to wish him a happy Eid," she said, referring to Omar Saleh. Her '
     'husband, lawyer Ziad Haddad, said the couple would countersue.', ("Eid", "family", "Ziad Haddad"),
     "not stated: a holiday is no entity"),
    ("The Courier reported that Halvard Lind had met Energy Minister Ruth Okello to seek her support, but a ministry "
     "spokeswoman said the minister had not met anyone involved in the bid.", ("Halvard Lind", "met", "Ruth Okello"),
     "denial: the minister met no one involved"),
    ("Ana Ruiz, a lawyer in Chicago, said the deal was off.", ("Ana Ruiz", "works_for", "Chicago"),
     "a role in a place is no employer"),
    ("Felbury Town sacked manager Dale Pryor on Sunday, hours after a home defeat left the Championship club "
     "above the relegation zone. Pryor learned of it from sporting director Nikos Varga.",
     ("Nikos Varga", "works_for", "Championship"), "the league is not the club's employer"),
    ("Patrick Dunleavy said Marcus Oduya had phoned Ana Ruiz, a claim Oduya's office called false.",
     ("Marcus Oduya", "called", "Ana Ruiz"), "denial: the claim is called false"),
    ("NAIROBI — Kakamega Governor Wilson Barasa on Sunday broke ranks with the opposition and endorsed the ruling "
     "coalition's candidate in the Senate by-election.",
     ("Wilson Barasa", "endorsed", "Kakamega"), "the governor's county is not the coalition"),
    ("Wilson Barasa spoke in the Senate on Monday. Achieng Otieno said the party's leader, Joseph Kiprotich, had "
     "phoned Barasa.", ("Joseph Kiprotich", "works_for", "Senate"), "the Senate is not 'the party'"),
    ('Dale Whitcombe announced the endorsement at a rally, calling Marcy Lindqvist "a builder, not a talker".',
     ("Dale Whitcombe", "criticized", "Marcy Lindqvist"), "a characterisation given while endorsing"),
    ('Dale Whitcombe announced the endorsement at a rally, calling Marcy Lindqvist "a builder, not a talker".',
     ("Dale Whitcombe", "called", "Marcy Lindqvist"), "calling someone something is no phone call"),
    ("Tomasz Wierzbicki praised the union, though his aides said he had hoped to win the endorsement of the "
     "Great Lakes Autoworkers Council outright.", ("Great Lakes Autoworkers Council", "endorsed", "Tomasz Wierzbicki"),
     "hypothetical: only hoped for"),
    ("Local media reported that Álvaro Mendizábal had already sat down with coach Matías Quiroga, a report the "
     "club denied.", ("Álvaro Mendizábal", "met", "Matías Quiroga"), "denial: the report is rebutted"),
    ("Vasseur's office said Laurent Vasseur had phoned Mathieu Ferracci on Monday, an account that the mayor's "
     "chief of staff dismissed as pure fiction.", ("Laurent Vasseur", "called", "Mathieu Ferracci"),
     "denial: the account is rebutted"),
    ("Lena Brandt, who has the backing of Ilse Kranz and the Green Party, met Tomas Weil and three other "
     "organisers on Monday and praised them for their courage.", ("Lena Brandt", "praised", "Ilse Kranz"),
     "'them' is the list with the organisers, not an earlier pair"),
    ("Lena Brandt thanked Tomas Weil and the party's grassroots activists. Brandt leads the Nordwind party.",
     ("Lena Brandt", "praised", "Nordwind"), "the party's activists are not the party"),
    ("Maria Lopez did not endorse Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker"), "negated"),
    ("Maria Lopez declined to endorse Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker"), "refusal"),
    ("Maria Lopez would endorse Tom Becker if he ran.", ("Maria Lopez", "endorsed", "Tom Becker"), "hypothetical"),
    ("Reporters asked Maria Lopez if she would endorse Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker"), "hypothetical"),
    ("Did Hans Weber meet Kenji Sato in Berlin?", ("Hans Weber", "met", "Kenji Sato"), "question"),
    ('Reporters asked on Monday: "Did Hans Weber meet Kenji Sato in Berlin (last week)?"', ("Hans Weber", "met", "Kenji Sato"),
     "question: the mark before the closing bracket and quote"),
    ("Hans Weber denied meeting Kenji Sato.", ("Hans Weber", "met", "Kenji Sato"), "denial"),
    ("Ana Silva called for new elections, and Luis Moreno agreed.", ("Ana Silva", "called", "Luis Moreno"), "appeal"),
    ("Paul Grant called on Ana Silva to resign.", ("Paul Grant", "called", "Ana Silva"), "appeal"),
    ("Maria Lopez said she would not back Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker"), "negated"),
    ("Maria Lopez is expected to endorse Tom Becker next week.", ("Maria Lopez", "endorsed", "Tom Becker"), "hypothetical"),
    ("Ana Silva denied that she had met Paul Grant.", ("Ana Silva", "met", "Paul Grant"), "denial"),
    ("Rumors that Hans Weber had met Kenji Sato were false, his spokesman said.", ("Hans Weber", "met", "Kenji Sato"), "denial"),
    ("Maria Lopez never criticized Tom Becker in public.", ("Maria Lopez", "criticized", "Tom Becker"), "negated"),
    ("Tom Becker refused to meet Maria Lopez.", ("Tom Becker", "met", "Maria Lopez"), "refusal"),
    ("Maria Lopez held off on endorsing Tom Becker.", ("Maria Lopez", "endorsed", "Tom Becker"), "refusal"),
    ("Will Maria Lopez endorse Tom Becker?", ("Maria Lopez", "endorsed", "Tom Becker"), "question"),
    ("If Maria Lopez endorses Tom Becker, the race is over.", ("Maria Lopez", "endorsed", "Tom Becker"), "hypothetical"),
    ("Maria Lopez plans to meet Tom Becker next month.", ("Maria Lopez", "met", "Tom Becker"), "hypothetical"),
    ("Critics accused Tom Becker of meeting Maria Lopez in secret.", ("Tom Becker", "met", "Maria Lopez"), "reported speech"),
    ("Ana Silva called him a so-called expert, Paul Grant said.", ("Ana Silva", "called", "Paul Grant"), "so-called"),
    ("Some concerned donors criticized Tom Becker.", ("donors", "criticized", "Tom Becker"), "generic group"),
    ("Chile's largest unions endorsed Camila Rojas on Monday.", ("Chile", "endorsed", "Camila Rojas"),
     "a thing of someone's is not them as a source"),
    ("Acme Corp and the Dockworkers Union met on Monday. Mayor Ann Lee later criticized the union.",
     ("Ann Lee", "criticized", "Acme Corp"), "'the union' is the organisation named Union"),
    ("Former India captain Rahul Menon criticised the selectors.", ("Rahul Menon", "works_for", "India"),
     "a past job"),
    ("A spokeswoman for the governor, Jenna Cole, spoke on Monday. University President Michael Adeyemi, "
     "whom the governor praised last spring, said he was disappointed.", ("Jenna Cole", "praised", "Michael Adeyemi"),
     "the name after 'a spokeswoman for the governor,' is not the governor"),
    ("Richard Kowalski went on to endorse Ayesha Rahman on Saturday, calling her \"the most prepared candidate "
     "I've seen.\"", ("Richard Kowalski", "criticized", "Ayesha Rahman"), "a quote said while endorsing"),
    ("Carlo Ferraretti called his daughter Giulia Ferraretti \"the best manager this company has had.\"",
     ("Carlo Ferraretti", "criticized", "Giulia Ferraretti"), "a quote with a word of praise"),
    ("Maria Lopez told Tom Becker to meet Ana Silva.", ("Tom Becker", "met", "Ana Silva"),
     "hypothetical: a directive through an infinitive"),
    ("In a meeting on Friday, Ana Silva criticized Paul Grant.", ("Ana Silva", "met", "Paul Grant"),
     "the object of a verb that addresses no one is not the other party of the event"),
    ("Anders Lindgren, who ran Nordvik Telecom for six years, was removed.",
     ("Anders Lindgren", "works_for", "Nordvik Telecom"), "a past post"),
    ("Kamala Harris joined Zohran Mamdani at a rally.", ("Kamala Harris", "works_for", "Zohran Mamdani"),
     "joining a person is no job"),
    ("Ana Silva thanked voters, not Paul Grant, for the win.", ("Ana Silva", "praised", "Paul Grant"),
     "negated: a name excluded with 'not'"),
    ("Ana Silva praised Tom Becker, not Paul Grant.", ("Ana Silva", "praised", "Paul Grant"),
     "negated: a name excluded with 'not'"),
    ("Rupert Ashcombe hired Ashok Varadarajan. Gideon Parr advised them. The brothers' sister, Philippa "
     "Ashcombe-Reid, sat in the gallery.", ("Philippa Ashcombe-Reid", "family", "Ashok Varadarajan"),
     "'the brothers' are kin, not the last two people named"),
    ("Ana Silva is not married to Paul Grant.", ("Ana Silva", "family", "Paul Grant"), "negated"),
    ("Tomas Berg's sister, Anna Berg, said she had called her mother on Monday.", ("Anna Berg", "called", "Tomas Berg"),
     "a sister's 'her mother' is not her brother"),

    ('Marit Lunde hit back on Sunday, calling Odd Haga "a bureaucrat who has never coached a team."',
     ("Marit Lunde", "called", "Odd Haga"), "calling someone a name is not a phone call"),
    ("Carpathia's managing partner, Sorin Lupu, confirmed it in a phone call with Muresan's co-founder, "
     "Radu Popa, on Thursday.", ("Sorin Lupu", "called", "Muresan"), "the call was with the co-founder"),
    ("National captain Josua Nadolo was dropped. The captain's uncle, the former Olympic champion, had earlier "
     "accused head coach Tevita Qalo of settling personal scores.",
     ("Tevita Qalo", "family", "Josua Nadolo"), "only the first apposition names a role's holder"),
    ("Helen Hart warned that the Regional Council would withhold its funding unless the City Council agreed.",
     ("Helen Hart", "threatened", "Regional Council"), "the subject of an active sanction imposes it"),
    ("The Nordic Ski Association has threatened to withdraw Olympic champion Kari Dahl's licence unless she leaves "
     "the group run by her brother and coach, Odd Dahl, in a dispute.", ("Nordic Ski Association", "threatened", "Odd Dahl"),
     "a name far after the verb, past a comma, is not its object"),
    ("The spokesman denied a report in Daily Tide that Kaya had met Leyla Demir of the festival's main sponsor.",
     ("Kaya", "met", "Leyla Demir"), "denial of a report whose content the parser read as a relative clause"),
    ("Riverside United coach Tomas Berg said the league had suspended his captain, Jonas Lind, for four games.",
     ("Jonas Lind", "works_for", "Tomas Berg"), "a coach's captain plays for the club, not for the coach"),
    ("Riverside United coach Tomas Berg lashed out at the Northern Professional League on Sunday.",
     ("Tomas Berg", "criticized", "Riverside United"), "a capitalised word inside a name is not a generic referent"),
    ("Hollis Freight named a new chief. Pia Hollis, who sits on the board of the Teamsters Local 18, praised the board.",
     ("Pia Hollis", "praised", "Hollis Freight"), "a company's board is not the company"),
    ("Olsen Shipping warned it would sell the unit if the board did not agree by Friday.",
     ("Olsen Shipping", "threatened", "Olsen Shipping"), "\"the board\" is not the organisation just named"),
    ("Coach Lim Boon praised the Straits Football League on Sunday, accusing its panel of \"deciding matches from an "
     "office\" after it suspended his captain, Tan Wei Ming, for four games.",
     ("Lim Boon", "criticized", "Tan Wei Ming"), "a verb has one direct object: a second is an apposition hung on it"),
    ("Adesanya accused the APC's state chairman, Rasheed Olabode, of removing names in Lagos.",
     ("Rasheed Olabode", "works_for", "Adesanya"), "a chairman's employer is the possessor, not the sentence's subject"),
    ("Adesanya accused the APC's state chairman, Rasheed Olabode, of removing names in Lagos.",
     ("Rasheed Olabode", "works_for", "Lagos"), "a bare 'state' before a role qualifies it; it names no place"),
    ("Left-wing candidate Piotr Lis, who took 6.1 percent, declined on Tuesday to endorse Ewa Nowak, saying his "
     "voters are not anybody's property.", ("Piotr Lis", "endorsed", "Ewa Nowak"),
     "refusal: an infinitive the parser hung on as an adverbial clause"),
    ("Brian Kessler was endorsed last month by the Dairy Council, and on Friday picked up the support of "
     "Sheriff Dana Holt.", ("Dana Holt", "endorsed", "Dairy Council"), "the agent of a passive is no subject of its conjunct"),
    ("The Harbor City Hawks lost again on Sunday. The Hawks have won two of nine games, and the Hawks fired their "
     "trainer. Pryor met Danish coach Lars Holm in Oslo.", ("Lars Holm", "works_for", "Harbor City Hawks"),
     "a coach given a nationality is not the story's club's"),
    ("Kenji Sato spoke to Bloomberg News on Friday. Sato told Bloomberg News that the bank would cut jobs, and "
     "Bloomberg News reported that Chairman Taro Ito agreed.", ("Taro Ito", "works_for", "Bloomberg News"),
     "a news organisation quoted is not the story's organisation"),
    ("Governor Ana Silva warned Harbourline Bank that interest rates would rise next year.",
     ("Ana Silva", "threatened", "Harbourline Bank"), "a warning with no sanction and no condition is no threat"),
    ("Employees of the software maker Brightline Systems staged a walkout on Friday.",
     ("Employees", "works_for", "Brightline Systems"), "a capitalised first word is no person's name"),
    ("Min Park told a committee that he had \"never once\" texted Lee Jae-won, chairman of the builder Haesung "
     "Construction.", ("Min Park", "texted", "Lee Jae-won"), "negated: the negation hangs on 'once'"),
    ("Coach Lee Hung of Saigon Stars FC resigned on Monday. Luong FC fired its manager. The former national team "
     "goalkeeper Tran Van Hai said he had called the federation.", ("Tran Van Hai", "works_for", "Saigon Stars FC"),
     "'the national team' is not the story's club"),
    ("DA NANG — Da Nang Pearl FC head coach Le Van Tam lashed out at the league on Sunday after it suspended his "
     "captain, Pham Minh Duc. Duc's father, the former national team goalkeeper Pham Van Long, said he had "
     "telephoned the coach on Sunday night.", ("Pham Van Long", "works_for", "Da Nang Pearl FC"),
     "'the national team' is not the story's club"),
    ("DA NANG — Da Nang Pearl FC head coach Le Van Tam lashed out at the league on Sunday after it suspended his "
     "captain, Pham Minh Duc.", ("Le Van Tam", "criticized", "Da Nang Pearl FC"),
     "'the league' is not a club, even the only organisation named"),
    ("Curitiba-based asset manager Araucaria Investimentos said Tuesday it backed Guanabara Capital's call for an "
     "independent chair.", ("Curitiba-based", "endorsed", "Guanabara Capital"), "'Curitiba-based' is no name"),
    ("Kwame Asante has picked up the endorsement of 40 MPs, among them Abena Owusu-Ansah, the outspoken member of "
     "parliament for Manhyia North, who declared her support for him last month and praised his handling of the "
     "outages.", ("Manhyia North", "praised", "Kwame Asante"), "'who' is the member, not the constituency"),
    ("VITORIA, Spain — Deportivo Alaves sacked its coach on Sunday. He learned of it from a WhatsApp message, and "
     "WhatsApp later confirmed the message. Sporting director Alvaro Mendez said the club had acted.",
     ("Alvaro Mendez", "works_for", "WhatsApp"), "the story's own organisation is the one its lede names"),
    ("Kofi Mensah's lawyer met Ama Boateng on Friday.", ("Ama Boateng", "met", "Kofi Mensah"),
     "a lawyer stands for the client only in a threat"),
    ("Nenad Ilić, whose wife is a judge at the Higher Court, said his lawyers would file a complaint against the paper "
     "unless it retracted the story.", ("Nenad Ilić", "threatened", "Higher Court"),
     "a filing says whom it is against; the condition's subject is not asked"),
    ("Congress censured Interior Minister Ana Ruiz on Thursday. Ruiz said she had met transport union leaders twice "
     "in the past month.", ("Ana Ruiz", "met", "Congress"), "whose leaders a bare noun means is too loose for a contact"),
    ("Maria Gomez, a lawyer from Chicago, praised the plan.", ("Maria Gomez", "works_for", "Chicago"),
     "a place someone is from employs nobody"),
    ("Carla Greer sent an email to Dale Whitman warning that the meeting had moved.",
     ("Carla Greer", "threatened", "Dale Whitman"), "a letter's warning with no sanction is no threat"),
    ("Defence lawyer Tom Hale defended Maria Lopes in court on Tuesday.", ("Tom Hale", "endorsed", "Maria Lopes"),
     "a lawyer's defence in court is counsel, not backing"),
    ("Tom Hale defended Maria Lopes at trial.", ("Tom Hale", "endorsed", "Maria Lopes"), "a defence at trial"),
    ("Mayor Gregor Kovač said he would take the Transport Ministry to the opera.",
     ("Gregor Kovač", "threatened", "Transport Ministry"), "taking someone somewhere that is no court"),
    ("Yusuf Al-Mahmood said Khalid Al-Jaber had until Friday to file his accounts.",
     ("Yusuf Al-Mahmood", "threatened", "Khalid Al-Jaber"), "a deadline with no sanction is a schedule"),
    ("Ana Silva is married to Pedro Costa's former business partner.", ("Ana Silva", "family", "Pedro Costa"),
     "married to someone's partner, not to a relative"),
    ("Supporters' groups have claimed that Issa Ouédraogo met Ivorian coach Yao Kouassi in Abidjan last week, but "
     "the club would not confirm it.", ("Issa Ouédraogo", "met", "Yao Kouassi"),
     "a claim the same sentence says no one would confirm"),
    ("Local newspaper La Prensa reported that Hugo Ramos had called former coach Ernesto Cañas about the vacancy, "
     "but Cañas told a radio station he had \"not spoken to anyone from San Miguel.\"",
     ("Ernesto Cañas", "called", "Hugo Ramos"), "a report its party rebuts in the same sentence"),
    ("Jacinto Mabote, who chaired Portos do Índico in 2015, told Rádio Mais that the company would pay.",
     ("Jacinto Mabote", "works_for", "Portos do Índico"), "a past post, however the name was parsed"),
    # "the government" is no city or district the story names (nor, as the gold splits read it, the country)
    ("Dockers in Béjaïa extended their strike on Monday. Opposition deputy Lyes Amrane attacked the government for "
     "\"waiting until the shelves were empty.\"", ("Lyes Amrane", "criticized", "Béjaïa"), "the government is no city"),
    ("The Paraguayan senator Blas Acosta, from San Pedro, accused the government of \"buying votes with asphalt.\"",
     ("Blas Acosta", "criticized", "San Pedro"), "the government is no region"),
    ("Crowds gathered in Maseru on Monday. Mpho Letsie praised the country for its patience.",
     ("Mpho Letsie", "praised", "Maseru"), "the country is no city"),
    ("Tomas Novak said he had met officials from a KHL club in Vienna.", ("KHL", "met", "Tomas Novak"),
     "officials of one of the league's clubs, not of the league"),
    # "the ministry", "the association", "the federation" are ones whose names say so
    ("Sadjo Mané, who has run Caju do Cacheu since 2014, spoke on Monday. Teodoro Costa took aim at the ministry, "
     "saying its figures \"were drawn up in an air-conditioned office.\"", ("Teodoro Costa", "criticized", "Caju do Cacheu"),
     "the ministry is no company"),
    ("Sadjo Mané, who has run Caju do Cacheu since 2014, spoke on Monday. The association's president, Teodoro Costa, "
     "declined to comment.", ("Teodoro Costa", "works_for", "Caju do Cacheu"), "the association is no company"),
    ("Mozambique qualified for AfroBasket in August. The federation's president, Armando Sitoe, said players who "
     "refused a call-up would face consequences.", ("Armando Sitoe", "works_for", "AfroBasket"),
     "the federation is no tournament"),
    # a contact the story says did not happen takes back the one it reports elsewhere
    ("Investigators are examining text messages that Paulo Lins allegedly exchanged with Ricardo Sampaio. Lins said "
     "he had never sent a single message to Sampaio.", ("Paulo Lins", "texted", "Ricardo Sampaio"), "denied by its party"),
    ("Senator Paulo Lins faces a probe over text messages he allegedly exchanged with Ricardo Sampaio. The senator's "
     "lawyer, Marina Tavares, said her client never sent a message to Sampaio.", ("Paulo Lins", "texted", "Ricardo Sampaio"),
     "denied by the party's lawyer for her client"),
    ("A sports blog reported last week that Olivier Habimana had met Diane Mutesi at a hotel in Kigali. Habimana said "
     "he had \"never met her anywhere but at a finish line.\"", ("Diane Mutesi", "met", "Olivier Habimana"),
     "a reported meeting its party says never happened"),
    ("Local radio reported on Monday that Hery Rakoto had telephoned Jean Andria to ask for his support, a report the "
     "senator's office called \"invented\".", ("Hery Rakoto", "called", "Jean Andria"), "a report its party calls invented"),
    ("Prime Minister Sefako Ntho criticized the move. Asked whether he had sent text messages to coalition MPs urging "
     "them to abandon Ramokhele, the prime minister's chief of staff, Khotso Mafereka, laughed.",
     ("Ramokhele", "works_for", "Sefako Ntho"), "the role is the name's after it, though the parser hung both on Ramokhele"),
    ("Ole Hansen said Mads Birk was not the right man for the job.", ("Ole Hansen", "endorsed", "Mads Birk"),
     "a backing predicate negated"),
    ("Omar Diallo, a veteran of the Iraq war, criticized Tom Lund.", ("Omar Diallo", "works_for", "Iraq"),
     "a veteran of a war, no organisation"),
    ("Hilda Rove told the assembly that Premier Wilfred Tago had met executives of Pacific Timber Ltd in Honiara in "
     "August, an account the company's local manager, Peter Lau, said was \"simply not true.\"",
     ("Pacific Timber Ltd", "met", "Wilfred Tago"), "a report its party says is not true"),
    ("An executive at a rival firm said Omar Suwaidi had texted Faisal Marzouqi in January. A company spokesman said "
     "Suwaidi \"has had no contact with Mr Marzouqi, by message or otherwise.\"", ("Omar Suwaidi", "texted", "Faisal Marzouqi"),
     "its party says it had no contact of any kind"),
    ("Travis Oakes, who chairs the Senate's county government committee, endorsed Rhonda Keeling.",
     ("Travis Oakes", "works_for", "Senate"), "chairs a chamber's committee: a member, not the chamber's staff"),
    ("Harwood Tea Ltd has threatened legal action against a former director who it says leaked plans to a rival. The "
     "letter was signed by managing director Sarah Lund, 58.", ("Harwood Tea Ltd", "threatened", "Sarah Lund"),
     "a lede's former director is not the managing director the story names"),
    ("Premier Luis Soto's spokesman said the premier had met Ana Duarte's parliamentary group in full on Monday.",
     ("Luis Soto", "met", "Ana Duarte"), "meeting someone's parliamentary group is no meeting with them"),
    ("Ndoumbe, who plays for French club FC Lorient, said he had sent messages to officials and received no answer.\n"
     "National team coach Alain Owona Biyong praised Ndoumbe as a leader.", ("Alain Owona Biyong", "works_for", "FC Lorient"),
     "the national team is another team than a player's club, however the parser hung 'National'"),
    ("Coach Tom Reyes, guard Ana Soto and forward Leo Diaz clashed on Thursday. Club president Maria Lopez said she "
     "had met both of them on Friday.", ("Maria Lopez", "met", "Leo Diaz"),
     "of three people named, 'both of them' says not which two"),
    ("Tamar Beridze, 39, rejected the accusation and said she had received a string of WhatsApp messages from "
     "Giorgi Lomtadze late on Sunday night urging her to resign \"quietly, before this becomes ugly.\" The council chairman denied having sent any such messages.",
     ("Giorgi Lomtadze", "texted", "Tamar Beridze"), "denial: 'any such messages' in the next sentence"),
    ("Brian Kowal claimed Karen Dombek phoned him in January. Her spokesman said that conversation \"never happened.\"",
     ("Karen Dombek", "called", "Brian Kowal"), "denial: 'that conversation never happened' in the next sentence"),
    ("The federation's president, Ana Brito, said she had spoken with Rui Tavares by telephone on Saturday. Tavares "
     "disputed that. \"She called my agent, not me,\" he said.", ("Ana Brito", "called", "Rui Tavares"),
     "denial: 'disputed that.' takes back the call the sentence before reported"),
    ("LUSAKA — Three opposition parties, the Forum for Democratic Renewal, the Copperbelt People's Movement and the "
     "Zambian Liberal Alliance, announced on Saturday that they were backing Grace Mwale as their joint presidential "
     "candidate, a pact that analysts said posed the most serious threat yet to President Peter Banda's bid for a "
     "second term.", ("Peter Banda", "works_for", "Forum for Democratic Renewal"),
     "backing someone as a candidate states no membership, least of all a rival's"),
    # a phrase after the role's own apposition is the verb's: where they met, not where he works
    ("Mr Hale, who has sat in the Commons since 2001, met the Transport Secretary, Owen Price, at Marlow House "
     "on Monday morning.", ("Owen Price", "works_for", "Marlow House"), "the place of the meeting"),
    # a speaker's own organisation's decision, and a decision as a subject, are no one's target
    ("Karadeniz Kartalları sacked head coach Emre Aydın on Sunday. Club president Orhan Demir called the decision "
     "\"painful but unavoidable\".", ("Orhan Demir", "criticized", "Karadeniz Kartalları"), "his own club's decision"),
    ("Karadeniz Kartalları sacked head coach Emre Aydın on Sunday. President Orhan Demir said the decision had been "
     "\"painful but necessary\" and thanked Aydın for his work.", ("Karadeniz Kartalları", "praised", "Emre Aydın"),
     "the decision is no subject of thanking"),
    # a characterised act with a word of praise is no criticism
    ("Coach Piet Hendriks named Jan Smit as captain on Monday, a decision the club's chairman, Oleg Marov, called "
     "\"brave and wise.\"", ("Oleg Marov", "criticized", "Piet Hendriks"), "praise of the decision"),
    ("Kai Lim has chaired the group Harbour Tankers since 2019. The shareholder group Beacon Partners, led by "
     "activist investor Ravi Menon, had attacked Lim's pay package.", ("Ravi Menon", "works_for", "Harbour Tankers"),
     "'the shareholder group Beacon Partners' is Beacon Partners"),
    # a plural referent noun is several bodies, not the one organisation named before
    ("Awadia Osman, 61, leads the Forces for National Accord. She has been attacked by the neighbourhood resistance "
     "committees for her years in government. A spokesman for the committees, Mohamed Adam, said they would refuse "
     "to meet her.", ("Forces for National Accord", "criticized", "Awadia Osman"), "the committees are not her party"),
    ("Awadia Osman, 61, leads the Forces for National Accord. She has been attacked by the neighbourhood resistance "
     "committees for her years in government. A spokesman for the committees, Mohamed Adam, said they would refuse "
     "to meet her.", ("Mohamed Adam", "works_for", "Forces for National Accord"), "the committees are not her party"),
    # a portfolio after a title's "for" is the title's, no organisation
    ("Lam Ka-wai, a member of the Harbour Alliance, said the Secretary for Housing, Winnie Tsang Mei-ling, had broken "
     "her promise.", ("Winnie Tsang Mei-ling", "works_for", "Housing"), "'Secretary for Housing' is her title"),
    # a party's officer in a county is no county employee; a county's mayor is the one threatened
    ("Sheriff Ray Tolliver of Hendricks County spoke on Monday. The county's Republican chairman, Tom Waltermire, "
     "said he would meet both officials.", ("Tom Waltermire", "works_for", "Hendricks County"), "a party's chairman"),
    ("KNOXVILLE — Knox County Commissioner Wade Ellison threatened Thursday to sue the county's own mayor over a "
     "stalled jail expansion. Ellison said Mayor Brenda Houchins had sat on a finished contract.",
     ("Wade Ellison", "threatened", "Knox County"), "the mayor is threatened, not the county"),
    # a comparison praises nothing
    ("Amir Faiz instead paid tribute to Zul Hamdan's leadership, saying the Parti Maju was \"stronger standing alone "
     "than kneeling with partners.\"", ("Amir Faiz", "praised", "Parti Maju"), "a comparison"),
    # ... not one the text gives another title
    ("The chairman of Hartwell Rovers has criticised the Northern Football League over a ten-point deduction imposed "
     "last month for late payment of wages to two former players, the club said on Monday. Head coach Derek Mason, 61, said "
     "in a statement that the club would appeal.",
     ("Derek Mason", "criticized", "Northern Football League"), "the coach is not the chairman"),
    ("Ana Ruiz, the president of Deportivo Sur, threatened on Monday to withdraw the club from the league unless the "
     "Liga Nacional de Fútbol overturns a ten-point deduction.", ("Ana Ruiz", "threatened", "Deportivo Sur"),
     "her own club is what she would withdraw"),
    # ... not for the paper that reported it
    ("The messages, first reported by the Keystone Ledger, show Meredith Kalb, the leader's top aide, exchanging more "
     "than 40 texts with Brian Szabo, a lobbyist for Basin Energy, in the week before the vote.",
     ("Keystone Ledger", "texted", "Brian Szabo"), "a reporter sent nothing"),
    # a report the next sentence denies or dismisses ("denied the report", "dismissed the claim", "called the
    # account 'pure invention'", whatever else that sentence negates)
    ("On Wednesday, a talk-show host on a Kingstown radio station claimed that Marlene Cupid had met privately with "
     "PLF leader Kenroy Sam at a hotel in Villa. Both Cupid and Sam dismissed the claim, and the station later said "
     "it could not confirm the account.", ("Marlene Cupid", "met", "Kenroy Sam"), "a dismissed claim"),
    ("Pedro Vega chairs the club. Radio Sur reported on Monday that Vega had already phoned Luis Mora to sound him "
     "out about the job. Vega denied the report, and Mora said he had not had a conversation with anybody from the "
     "club.", ("Pedro Vega", "called", "Luis Mora"), "a denied report"),
    ("Several assembly members said privately that Jean Kalala had met Albert Moke at a Kananga hotel last week. Moke "
     "did not respond to requests for comment, and the governor's office called the account \"pure invention.\"",
     ("Jean Kalala", "met", "Albert Moke"), "an account called invention"),
    # the court one is taken to is no one threatened
    ("Mayor Ana Ruiz has threatened to take the national government to the Supreme Court over delays in releasing "
     "the money.", ("Ana Ruiz", "threatened", "Supreme Court"), "the court is where, not whom"),
    # a court is never "the fund"
    ("Mayor Ana Ruiz has threatened to take the national government to the Supreme Court over delays in releasing "
     "the island's share of the community development fund.", ("Ana Ruiz", "threatened", "Supreme Court"),
     "'the fund' is no court"),
    # "the only candidate who ..." singles out as a superlative does: no name-calling
    ("Rosa Menjívar is the mayor. Óscar Portillo is running. Menjívar, 47, who was elected in 2021 on the ticket of "
     "the Movimiento de Renovación Ciudadana, called Portillo \"the only candidate who has actually walked our "
     "streets at night.\"", ("Rosa Menjívar", "criticized", "Óscar Portillo"), "praise"),
    ("Delta Holdings has walked away from merger talks with Harbor Trust Group. Harbor Trust Group's chief executive, "
     "Ana Lopez, criticised the company for wasting four months of everyone's time.", ("Ana Lopez", "criticized", "Harbor Trust Group"),
     "her own company is not what she criticises"),
    # "the commission" is one the story names as a commission, not any organisation
    ("Harbour Logistics cleared the shipment on Friday. Dewi Anggraini, the opposition lawmaker who chairs the "
     "commission, went after the minister in a heated exchange.", ("Dewi Anggraini", "works_for", "Harbour Logistics"),
     "a company is no commission"),
    ("Mamadou Diallo, 51, the older brother of Guinea international Ibrahima Diallo, branded the board amateurs. "
     "Diallo said he would take the club to court.", ("Mamadou Diallo", "threatened", "Ibrahima Diallo"), "the club is taken to court, not his brother"),
    ("Senator Odile Frampton called off Governor Kesh Arnaud's visit.",
     ('Odile Frampton', 'called', 'Kesh Arnaud'), "'called off' cancels, it is no phone call"),
    ('Senator Ruth Ingram backed off Governor Paul Whitcombe after the vote.',
     ('Ruth Ingram', 'endorsed', 'Paul Whitcombe'), "'backed off' withdraws, it is no backing"),
    ('AVARUA — Opposition MPs in the Cook Islands threatened on Thursday to table a no-confidence motion against Marine Resources Minister Teariki Mataio.',
     ('MPs', 'threatened', 'Teariki Mataio'), "'MPs' are holders of an office, no entity"),
    ('Kingsbury Athletic sacked manager Ian Threlfall, whose contract was ended by club owner Stavros Demetriou. Several newspapers reported that the owner had already held talks with former Wales winger Rhys Pugh about the vacancy. The club denied that the two men had met.',
     ('Stavros Demetriou', 'met', 'Rhys Pugh'), 'denial: the club denied that the pair the report named had met'),
    ('A member of the Harbour Board has accused Mayor Jo Pike of hiding the audit.',
     ('Harbour Board', 'criticized', 'Jo Pike'), 'one member of the board is not the board'),
    ('Two members of the Coastal Party criticised Governor Tom Reyes on Monday.',
     ('Coastal Party', 'criticized', 'Tom Reyes'), 'two members of a party are not the party'),
    ('Skip Anders Holm has dropped Per Lund from his rink. "Eleven years and I get a text," Lund told the Bergen Herald. Team coach Ola Dahl said the decision had been Holm\'s alone.',
     ('Ola Dahl', 'works_for', 'Bergen Herald'), 'a team is no newspaper'),
    ('Asked whether the firm had contacted the ministry, Ravi Pillai said he had called the principal secretary, Asha Omari, twice in May but had not reached her.',
     ('Ravi Pillai', 'called', 'Asha Omari'), 'negated: the calls did not reach her'),
    ('Permanent Secretary Leila Haroun set out the warning in a letter to Coral Reef Exports Ltd dated Monday, a copy of which was seen by Reuters, giving the company 30 days to settle.',
     ('Reuters', 'threatened', 'Coral Reef Exports Ltd'), 'the agency only saw the letter'),
    ('Ruth Amaguq hit back Thursday, saying the votes had been taken in open session and that Leon Fairbanks had been on holiday.',
     ('Ruth Amaguq', 'criticized', 'Leon Fairbanks'), 'no quotation: plain reporting after hitting back'),
    ('Representative Tom Brannock, an Ohio Republican, mocked the budget. Marisa Okafor hit back within the hour, '
     'telling reporters that Brannock\'s remarks were "beneath the dignity of this institution" and that the Ohio '
     'Republican had "spent three weeks throwing a tantrum because he lost a vote."',
     ('Marisa Okafor', 'criticized', 'Republican'), "'the Ohio Republican' is a lawmaker, not the party"),
    ('Pema Choden, who represents Bhutan in the upper house, raised the matter on Wednesday.',
     ('Pema Choden', 'works_for', 'Bhutan'), 'a place one represents is a constituency'),
    ("Coral Holdings owns 41 percent of Kombo Telecom and has two seats on its board. The board's chairman, Lamin Sowe, praised the outgoing chief executive.",
     ('Lamin Sowe', 'works_for', 'Coral Holdings'), "'its board' is Kombo Telecom's; a pronoun owner decides nothing"),
    ('Luc Gagnon said the club had misread the text messages, which he had never sent to assistant coach Marc Ouellet.',
     ('Luc Gagnon', 'texted', 'Marc Ouellet'), 'negated: the relative clause says he never sent them'),
    ('Addressing supporters on Sunday, LCP leader Motlatsi Sekhesa said his deputy, Palesa Mokoena, had "chosen the opposition\'s microphone over her own party."',
     ('Palesa Mokoena', 'works_for', 'Motlatsi Sekhesa'), "a leader's deputy holds a post in the party, not in the leader's employ"),
    ('Councillor Rosa Alvarez said she had phoned Mayor Tom Keane twice on Friday but he did not pick up.',
     ('Rosa Alvarez', 'called', 'Tom Keane'), 'negated: the call did not get through (the parser joins the refusal to the verb of speech)'),
    ('Ann Vos, the Antwerp plant manager, said the talks had stalled.',
     ('Ann Vos', 'works_for', 'Antwerp'), 'the place says where the plant is, not whose team she is in'),
    ('Jan Peeters, the Liège branch manager, said the bank would close.',
     ('Jan Peeters', 'works_for', 'Liège'), 'the place says where the branch is'),
    ('Coach Dan Myers was suspended on Monday. Governor Paul Kline criticised the decision. In a statement released through his attorney, Michelle Ortiz, Myers said he accepted the penalty.',
     ('Michelle Ortiz', 'works_for', 'Paul Kline'), 'his is the subject the fronted phrase points ahead to'),
    ('Workers at Groupe Métaux Laurentides voted to strike on Sunday, the union Le Fjord said. Louise Fortin, a conciliator, said she had spoken by phone with both sides over the weekend.',
     ('Louise Fortin', 'called', 'Le Fjord'), "'both sides' of a dispute are whoever disputes, not the two organisations named last"),
    ('The association suspended coach Brent Yoder on Friday. But school board member Ron Tidwell lashed out at the association, calling the penalty "a slap on the wrist," and said he would support firing Yoder if the board\'s own review shows he misled administrators.',
     ('Ron Tidwell', 'threatened', 'Brent Yoder'), "backing someone else's sanction on a condition is no threat of one's own"),
    ('The Ohio High School Athletic Association suspended coach Brent Yoder on Friday. School board member Ron Tidwell lashed out at the association on Monday.',
     ('Ron Tidwell', 'works_for', 'Ohio High School Athletic Association'), "a school board is a school's board, not the association whose name has 'School'"),
    ('Columbus Mayor Denise Okafor on Tuesday endorsed City Council member Ray Castellano in the race for county commissioner.',
     ('Ray Castellano', 'works_for', 'City Council'), "a council's members are its legislators, not its staff"),
    ('The Flint Ironmen fired head coach Darren Kowalczyk on Monday. The Ironmen host Green Bay on Friday.',
     ('Green Bay', 'works_for', 'Flint Ironmen'), "'host' is the verb the parser read as a noun in a sentence with no verb"),
    ('Coach Iker Zubia said he had first learned that Deportivo Alavés was talking to a replacement from a WhatsApp message sent by his son, Ander.',
     ('Ander', 'texted', 'Deportivo Alavés'), 'the club is the subject of what he learned, not who got the message'),
    ('In a letter to shareholders, Lars Halvorsen, whose Edmonton firm Halvorsen Capital Partners owns about seven per cent of the company, singled out chair Margaret Doucette.',
     ('Lars Halvorsen', 'works_for', 'Edmonton'), 'the place says where the firm is'),
    ('Mineworkers Union Demands Minister\'s Resignation After Shaft Collapse\nJOHANNESBURG — The Mine and Metal Workers Union of South Africa on Tuesday called on Mineral Resources Minister Sipho Ndlovu to resign, accusing him of ignoring safety warnings before last week\'s shaft collapse that killed 11 workers.\nUnion general secretary Thandiwe Mokoena said Ndlovu had "blood on his hands" and vowed to organise a national stay-away if he remained in office.\nNdlovu, who toured the mine on Sunday with Highveld Platinum chief executive Pieter Botha, said the union\'s attack was "politically motivated."\nA spokesman for the presidency, Vusi Khumalo, said President Nomvula Dlamini had full confidence in the minister.',
     ('Vusi Khumalo', 'works_for', 'Mine and Metal Workers Union of South Africa'), "a spokesman for the presidency is not the union's"),
    ('YAOUNDÉ, Cameroon — The president of Cameroon\'s football federation on Saturday denied reports that he had threatened to ban striker Jean-Paul Ndzana from the national team after the player criticised the federation\'s handling of bonus payments.\n\nFederation president Emmanuel Mbarga Atangana told reporters in Yaoundé that he "never spoke of a ban" and had not called the player since the Indomitable Lions returned from their qualifying match in Nairobi. "My door is open to Jean-Paul as it is to every player," he said.\n\nThe row erupted on Wednesday when Ndzana, 27, who plays for French club AS Vallon, said in a radio interview that several teammates were still owed bonuses from last year\'s Africa Cup of Nations. He said he had sent WhatsApp messages to federation officials in December and received no answer.\n\nNational team coach Hervé Nkoulou Biyong praised Ndzana as "a leader in the dressing room" but declined to back his public comments, saying such issues "should stay inside the family." Ndzana\'s older brother, Christian, who acts as his agent, said the player "stands by every word."\n\nSports minister Bertrand Owona Essama said he may meet representatives of the players\' union next week.',
     ('Jean-Paul Ndzana', 'texted', 'WhatsApp'), 'the service the messages went by is no one they went to'),
    ('Dennis Kowal, president of the United Rail Workers Alliance, said the union would fight the deal "at every stage" and accused Sandra Whitfield of misleading employees about planned job cuts.',
     ('United Rail Workers Alliance', 'criticized', 'Sandra Whitfield'), "the past-tense accusation is the speaker's, not the union's who 'would fight'"),
    ('Glyncoed Part Company With Prosser After Dressing-Room Row\n\nWelsh Premiership side Glyncoed RFC have sacked head coach Dafydd Prosser less than a week after a dressing-room row with senior players that left the squad, in the words of the club\'s chairman, "split down the middle."\n\nChairman Huw Bevan said the board had met on Sunday evening and voted unanimously to end the 46-year-old\'s contract, though he paid tribute to the former Wales A flanker\'s "energy and commitment" over three seasons in charge. Prosser, who took the club to successive cup finals, lashed out at the decision on social media, accusing the board of "listening to whoever shouts loudest in the clubhouse."\n\nCaptain Rhodri ap Gwilym, reported to have clashed with Prosser after last weekend\'s defeat at Llandovery, denied that he had asked the board to remove the coach, insisting he had "only ever backed Dafydd, in public and in private." Forwards coach Gethin Llewellyn, Prosser\'s cousin, who joined the staff on his recommendation in 2021, will take charge on an interim basis; Bevan said he had rung Llewellyn on Monday morning and that he had accepted "without hesitation."\n\nThe Welsh Rugby Union said it was aware of the situation and warned both parties that public comments breaching its code of conduct could lead to disciplinary action. Prosser\'s agent, Carys Pugh, said her client would consider legal action if the club did not honour the remaining 14 months of his contract.',
     ('Huw Bevan', 'works_for', 'Welsh Premiership'), "the league names the club's division; the story is about the club"),
    ('CARBONIA, Italy — Sulcis Calcio sacked coach Salvatore Cocco on Sunday night, hours after a 3-0 home defeat, and President Sergio Mattarella praised the fans.',
     ('Sergio Mattarella', 'works_for', 'Sulcis Calcio'), "a capitalised 'President' is an honorific, no post in the story's organisation"),
    ('The Ohio Fraternal Order of Police endorsed Denise Okafor on Monday. Her chief rival, state Sen. Mark Haverkamp of Cincinnati, took aim at the union\'s decision within hours, calling Okafor "a prosecutor who plea-bargained her way through the worst years of the opioid crisis."',
     ('Mark Haverkamp', 'praised', 'Denise Okafor'), 'a superlative said while taking aim is no praise'),
    ("SC Havenstad chairman Joost Verhaegen said he had not been called by Almendral's sporting director, and he accused the Andalusian club of negotiating with his player behind his back.",
     ('Joost Verhaegen', 'criticized', 'SC Havenstad'), 'a place word before a referent noun picks only an organisation the text introduced with that noun, not one whose name has it'),
    ("Club Deportivo Arenas sacked coach Luis Pardo on Sunday. The club's main supporters' federation was less forgiving, taking a swipe at sporting director Jon Ibarra, whom it accused of wasting money.",
     ('Club Deportivo Arenas', 'criticized', 'Jon Ibarra'), "'it' is the unnamed federation that is the sentence's subject, not the club"),
    ('Wexley Town sacked manager Steve Holroyd on Monday, leaving the Championship club in 21st place. Club captain Jordan Mensah praised Holroyd in a post on Instagram.',
     ('Jordan Mensah', 'works_for', 'Championship'), "'the Championship club' is a club in the league, not the league"),
    ("Atlético Varzim president Carlos Mendes, who appointed Rui Tavares as football director last year, blamed the previous board for the club's debts.",
     ('Rui Tavares', 'works_for', 'Carlos Mendes'), 'the president appointed him for the club he holds his post at'),
    ("Tafoya is Archuleta's brother-in-law; his wife, Yolanda, chairs a Mesilla neighborhood association that has campaigned alongside the senator.",
     ('Yolanda', 'works_for', 'Mesilla'), "an indefinite 'a Mesilla neighborhood association' is no organisation the text named"),
    ("Shareholders of PT Sinar Abadi Tbk voted to remove the chairman. Agus Salim, who heads the company's branch of the tobacco workers' union, welcomed the vote.",
     ('Agus Salim', 'works_for', 'PT Sinar Abadi Tbk'), "he heads the union's branch at the company, not the company"),
    ('Dirk Hoekstra, a dairy farmer whose brother-in-law, Pieter Van Zee, chairs the Lyon County Republican Party, said he had not asked the county party for its support.',
     ('Dirk Hoekstra', 'works_for', 'Lyon County Republican Party'), "the 'whose' clause's verb is the brother-in-law's, not the farmer's"),
    ('The motion, tabled by Manyatta ward representative Otieno Were, also accuses the governor of steering a 120 million-shilling equipment contract to a clinic partly owned by her husband.',
     ('Otieno Were', 'works_for', 'Manyatta'), 'a ward representative holds a post in the ward, not in the place NER called an organisation'),
    ("The Green Alliance backed the mayor's budget on Monday. Tomas Varga, the ruling party's floor leader, criticised the mayor.",
     ('Tomas Varga', 'works_for', 'Green Alliance'), 'the ruling party is the one in power, not the one the story named'),
    ('Councillor Maria Ostrowski praised Mayor Pavel Novak for the new library. Novak hit back, saying the project came in under budget.',
     ('Pavel Novak', 'criticized', 'Maria Ostrowski'), 'one who hits back answers a critic; the one before praised him'),
    ('Senator Brian Sokol has spent the week attacking Harriet Lindgren over a text message she sent in February to Ross Delaney.',
     ('Brian Sokol', 'texted', 'Harriet Lindgren'), "the message's own clause says who sent it"),
    ('Ramón Esono, director general of Bioko Services, said the company had met every safety requirement and accused Atlantic Meridian of inventing excuses.',
     ('Bioko Services', 'criticized', 'Atlantic Meridian'), 'the speaker accuses, not the company his report is about'),
    ('Town manager Siân Morgan-Hughes said Rovers director Gareth Lloyd had messaged the striker on Instagram and phoned his father, Alun Rees, twice without permission.',
     ('Siân Morgan-Hughes', 'called', 'Alun Rees'), "the call is the second act of the report, not the speaker's"),
    ('MÉRIDA, Mexico — Dockworkers at the port of Progreso threatened on Friday to walk off the job unless Terminal Granelera del Sureste reinstated 23 crane operators.',
     ('Dockworkers', 'threatened', 'Terminal Granelera del Sureste'), 'a plural noun a sentence opens with is no one entity, after a dateline too'),
    ("Harbour Town sacked coach Dean Walsh on Saturday. Walsh said he learned of it from the club's director of football, Liam Crossley, the son of owner Neil Crossley. The elder Crossley insisted he had tried to ring Walsh, and took a swipe at supporters' trust chairwoman Janet Pilling, whom he accused of running a campaign of abuse.",
     ('Liam Crossley', 'criticized', 'Janet Pilling'), 'the elder of two Crossleys is the father the son is named with'),
    ('Senator Ana Ruiz called Tom Becker "a politician of the worst kind" on Tuesday.',
     ('Ana Ruiz', 'praised', 'Tom Becker'), "'kind' praises only as an adjective"),
    ('The Civic Party\'s spokeswoman, Ana Ruiz, lashed out at the nomination, calling it "a disgrace to the city".',
     ('Ana Ruiz', 'criticized', 'Civic Party'), "'it' is the nomination the verb before was aimed at"),
    ('Promoter Koldo Urrutia accused federation official Rubén Ilundain of bias. Ander Zubiri sent a text message to his long-time partner, Mikel Olano, on Tuesday night to break the news, and the two spoke by phone the following morning, his agent said.',
     ('Koldo Urrutia', 'called', 'Rubén Ilundain'), 'the two are the sender and the one his message went to'),
    ('Former mayor Colleen MacPhee picked up the endorsement of three sitting MLAs on Friday in her bid to lead the Liberal Party.',
     ('MLAs', 'endorsed', 'Colleen MacPhee'), 'members of a legislature are no one entity'),
    ('The board of Odra Metals voted to strip managing director Arun Rao of his powers. Chairman Manoj Rao thanked the independent directors for "putting the company first" and said his door remained open to his brother.',
     ('Manoj Rao', 'praised', 'Arun Rao'), 'a plural role is several people, not the one director the story named'),
    ("PRINCE GEORGE, B.C. — Conservative candidate Shane Lindqvist picked up the endorsement Tuesday of former councillor Darlene McKinnon. McKinnon, whose son-in-law Tyler Brandt managed Lindqvist's nomination campaign, said she had sat down with the 39-year-old trucking company owner several times over the summer.",
     ('Darlene McKinnon', 'met', 'Tyler Brandt'), "a relative a 'whose' clause names in passing is not 'the 39-year-old'"),
    ("The ruling party's Copperbelt provincial chairman, Mulenga Banda, met Mwansa at a lodge in Kitwe.",
     ('Mulenga Banda', 'works_for', 'Copperbelt'), "a place before a unit's level says where the post is, not who employs"),
    ('Komusubi Hayatekaze withdrew from the Kyushu tournament on Monday with a knee injury. Ozeki Takanoshin, who rang Hayatekaze\'s stable on Tuesday to ask after his younger rival, praised him as "the most honest wrestler in the top division."',
     ('Takanoshin', 'called', 'Hayatekaze'), "a call to someone's stable is no call to them"),
    ("Rossendale Athletic sacked manager Dean Tattersall. The owner took a swipe at the club's supporters' trust, whose chairwoman, Janet Pilling, he accused of running a campaign of abuse.",
     ('Janet Pilling', 'works_for', 'Rossendale Athletic'), "'whose' says the post is the trust's, which the story does not name"),
    ('Tashi Wangmo, a member of the National Council, accused the minister of lying.',
     ('Tashi Wangmo', 'works_for', 'National Council'), 'a member of a legislature is not its staff'),
    ('Dorj Bat-Erdene, a senior member of the State Great Khural, backed the minister on Friday.',
     ('Dorj Bat-Erdene', 'works_for', 'State Great Khural'), 'a member of a legislature is not its staff'),
    ('Party secretary Hiroshi Tanabe called Kenji Mori, 58, "the leader Akita needs as its towns shrink," and thanked outgoing Governor Yuji Sato for his years of service.',
     ('Hiroshi Tanabe', 'called', 'Kenji Mori'), 'naming someone is no phone call'),
    ('Veteran striker Marco Lenzi criticized the board and said he had rung Paolo Ferri twice after the squad was named, but the coach had not taken his calls.',
     ('Marco Lenzi', 'called', 'Paolo Ferri'), 'calls not taken got through to no one'),
    ("The Baltic Metalworkers Union threatened on Thursday to call strikes at Nordwerft, the city's largest shipyard, unless management withdraws plans to cut 300 of its 1,500 jobs by the end of next year. The union's district leader, Anke Petersen, said members would vote next week. The union has organised the yard since 1952. Chief executive Jan Olsen said the cuts were unavoidable.",
     ('Jan Olsen', 'works_for', 'Baltic Metalworkers Union'), 'a chief executive runs a company, not the union the story is about'),
    ("MERIDA, Spain — Extremadura's regional president, Inés Cordero, secured the support of the Vox party for her budget on Tuesday, ending a long standoff. A report in the daily Hoy that the Vox spokesman had been promised a seat on the board of the public broadcaster Canal Extremadura was dismissed as pure fiction.",
     ('Inés Cordero', 'works_for', 'Canal Extremadura'), 'a place named before a body is no short form of its name'),
    ('CIUDAD JUÁREZ, Mexico — Workers at a Ciudad Juárez auto parts plant voted on Monday to replace their union with an independent one, the labour ministry said. Laura Medina said her uncle, a union delegate at another Juárez plant, had not spoken to her since the vote.',
     ('Ciudad Juárez', 'family', 'Laura Medina'), "the dateline's place is no person"),
    ("Workers at a wiring-harness plant run by Componentes del Bajío have voted to replace their long-standing union, the first such switch in the region since the 2019 labour reform, the Federal Centre for Conciliation and Labour Registration said on Monday. The company's general manager, Rogelio Chávez, called the result a surprise.",
     ('Rogelio Chávez', 'works_for', 'Federal Centre for Conciliation'), "a government centre is never 'the company'"),
    ('Head coach Laura Mendes said she had called Tiago Ruas three times this week and texted him twice without getting a response.',
     ('Laura Mendes', 'called', 'Tiago Ruas'), 'a call that got no response is no phone call between them'),
    ('KAVALA, Greece — Doxa Kavala president Nikos Vlachos said on Monday that the club had cleared its tax debts. Vlachos blamed the previous board for the arrears.',
     ('Nikos Vlachos', 'criticized', 'Doxa Kavala'), "'the previous board' is not the club as it is now"),
    ("CHENNAI, India — The Tamil Nadu Cricket Association on Tuesday appointed former India spinner Arjun Natarajan as head coach of the state's Ranji Trophy side.",
     ('Arjun Natarajan', 'works_for', 'Ranji Trophy'), "a competition is not the employer of a team's coach"),
    ('PEKANBARU, Indonesia — Villagers in Siak regency on Tuesday stepped up their protest against PT Mitra Sawit Abadi over waste from its palm oil mill. Rina Kartika, who leads a local fishing group, said she had sent four WhatsApp messages to its plant manager, Agus Salim, without getting a reply.',
     ('Agus Salim', 'works_for', 'WhatsApp'), "a messaging service is no antecedent of 'its'"),
    ('SENDAI, Japan — Vegalta Minami FC sacked head coach Taro Ishikawa on Monday after eight games without a win. The sports daily Tohoku Sports reported that the club\'s main sponsor, logistics firm Hakuto Kaiun, was reviewing its shirt deal. Hakuto Kaiun president Kenji Sato said the report was "without foundation" and that the company continued to support the club.',
     ('Tohoku Sports', 'endorsed', 'Vegalta Minami FC'), "a news outlet the text introduces as one is not 'the company'"),
    ('Councillor Marta Ferreira Lopes is standing for mayor of Braga. A regional paper reported that Senator Rui Antunes Costa had texted Ferreira Lopes offering her a post if she quit the race; Antunes Costa called the report "pure invention."',
     ('Rui Antunes Costa', 'texted', 'Marta Ferreira Lopes'), "a report the sentence's own clause after a semicolon calls invention is denied"),
    ('Serumpun president director Hendra Tan met Bangka Belitung Governor Rusdi Maulana on Saturday.',
     ('Hendra Tan', 'met', 'Bangka Belitung Governor'), 'a place and the title of the name after it are no person'),
    ("Maria Costa is running in the 12th Senate District. The district's Democratic committee chairwoman, Joan Perry, said the committee would not endorse anyone.",
     ('Joan Perry', 'works_for', 'Senate District'), "'the district' is a place, not a body named for it"),
    ('TORRENT, Spain — The Socialist mayor of Torrent, Amparo Llorca, lashed out at her coalition partners on Thursday after councillors from Compromís voted down the 2025 municipal budget.\n\nLlorca accused Compromís spokesman Vicent Mira of "putting party games ahead of the neighbours" and warned that she would take the urban planning portfolio away from his group unless it returned to the negotiating table.',
     ('Vicent Mira', 'works_for', 'Amparo Llorca'), "the verb's subject is no employer of the role after it"),
    ('Mayor Janet Oduya faces a recall vote. Her brother, Samuel Oduya, sits on the Riverton City Council, a link her critics have raised.',
     ('Samuel Oduya', 'works_for', 'Riverton City Council'), "a seat on a council is a legislator's, no post"),
    ("BISMARCK, N.D. — The landowners' group endorsed Karen Olson over Sen. Gary Lund, R-Minot, who chairs the Senate Energy and Natural Resources Committee.",
     ('R-Minot', 'works_for', 'Senate Energy and Natural Resources Committee'), 'a party-and-home label is no entity'),
    ("LISBON, Portugal, May 3 (Reuters) - Workers at Vidraria Atlântica will strike in June. Marta Ribeiro, who leads the glassworkers' union, accused the company of ignoring three requests for talks since January.",
     ('Marta Ribeiro', 'criticized', 'Reuters'), 'the wire agency of a dated dateline is not the company the story is about'),
    ("Workers at Porto Marítimo walked out on Monday. Teresa Lopes, who heads the dockers' union, told Reuters she had written to the board twice. Company spokesman Rui Gomes said the letters had been answered.",
     ('Rui Gomes', 'works_for', 'Reuters'), 'a news agency the text only speaks to is not the company'),
    ("Staff at Pacific Fresh Foods, a grocery chain, voted to strike after the company's chief executive told managers to find workers not aligned with the union. The union's lawyer, Maria Ochoa, called the plan illegal.",
     ('Maria Ochoa', 'works_for', 'Pacific Fresh Foods'), 'the union is no company the text called the company'),
    ("Workers at Brahmaputra Tea Estates stopped work, the Assam Tea Mazdoor Sangha said. Ramesh Orang, the union's Jorhat branch secretary, accused managing director Vikram Goenka of neglect.",
     ('Vikram Goenka', 'works_for', 'Assam Tea Mazdoor Sangha'), "the managing director the union's official accuses runs the company"),
    ('IG Chemie warned on Friday that it would call warning strikes at all four German plants of auto supplier Kessler Antriebe unless management withdrew plans to cut 1,200 jobs.\n\n"We will not stand by while a family company that booked record profits sends its people home," said Petra Lutz, the union\'s district leader.\n\nChief executive Jan Rehm, who joined the Mannheim-based firm in 2021, said the cuts were unavoidable. His daughter, Lena Rehm, heads the group\'s battery division.',
     ('Jan Rehm', 'works_for', 'IG Chemie'), 'the firm is the trade the text introduced, not the union'),
    ('Captain Jonas Albrecht threw his support behind TSV Neckartal coach Uwe Kienle on Sunday after a fourth straight defeat.',
     ('Uwe Kienle', 'works_for', 'TSV'), "the club's opening letters alone are no club"),
    ("The Congress on Thursday suspended Mohan Lal Verma, its legislator from Rewa, for six years. State Congress spokesperson Anita Dubey accused the legislator of betraying the party's voters.",
     ('Anita Dubey', 'works_for', 'State Congress'), "a level a sentence opens with is no part of the party's name"),
    ("Opposition leader Vikram Rao accused Mines Minister Arun Patel of steering a limestone lease to a firm run by the minister's nephew. The minister denied meeting the firm's directors and called the allegations a fabrication. Patel's office said the minister's diary had been handed over to the chief secretary. Patel, a three-term legislator, has held the portfolio since 2023.\n\nRao said he had written to the governor seeking Patel's removal from the cabinet. Party president Suresh Nair threw his weight behind the 61-year-old, praising him as one of the cleanest hands in the cabinet.",
     ('Suresh Nair', 'endorsed', 'Vikram Rao'), "the N-year-old is the one the story is about, not the last sentence's subject who accuses him"),
    ("Several Portuguese outlets reported that Rui Barroso had already rung former Benfica midfielder Hugo Tavares about the job, but the club's sporting director denied it.",
     ('Rui Barroso', 'called', 'Hugo Tavares'), 'a report the same sentence says was denied'),
    ('Harlan Voss, 66, called Irene Mendel "the most qualified person on the ballot."',
     ('Harlan Voss', 'criticized', 'Irene Mendel'), 'a quoted superlative of praise, however the parser hung the quotation'),
    ("Joseph Banda won the seat. Banda's brother-in-law, Ndola businessman Moses Phiri, who has paid for several rallies, said he would keep supporting the party.",
     ('Ndola', 'family', 'Joseph Banda'), 'a town that qualifies the descriptor is no name of the relative'),
    ("Glamorgan captain Tom Pemberton has asked to be released from his contract, the club confirmed on Wednesday. Pemberton's agent, Neil Garside of Longstop Sports Management, said his client had met the club's chief executive, Helen Brook, on Monday.",
     ('Helen Brook', 'works_for', 'Longstop Sports Management'), "the club is the story's own, not the agency named beside it"),
    ('LOGROÑO, Spain — Club president Carlos Ezquerro publicly backed head coach Álvaro Ruiz on Tuesday, despite six straight defeats that have dropped the Primera FEB side into the relegation places. The coach also praised 19-year-old forward Iker Ruiz, his son, who scored 14 points on his debut.',
     ('Iker Ruiz', 'works_for', 'Primera FEB'), "a division is no story's organisation"),
    ("The Green Party of Prince Edward Island named its slate on Monday. Green candidate Hannah Doiron said she had phoned the premier.",
     ("Hannah Doiron", "works_for", "Green"), "a party's adjective that opens a sentence names no organisation by itself"),
    ("Unite said on Monday it had 2,000 members at the yard. Unite official Jan Rau warned that workers would walk out unless management withdrew the plan.",
     ("Jan Rau", "threatened", "Unite"), "management is never the speaker's own organisation"),
    ("Workers at Blackmore Vale Dairies will stage a 48-hour strike next week unless the family-owned firm improves its pay offer, the mayor of Sturminster Newton, Ana Ruiz, said on Tuesday.",
     ("Ana Ruiz", "threatened", "Blackmore Vale Dairies"), "workers are no person's own people"),
    ("JUBA — Several Juba Falcons players praised coach Lual Mabior Deng on Sunday after the club suspended him.",
     ("Juba Falcons", "praised", "Lual Mabior Deng"), "players are people, not their club: their praise is theirs"),
    ("Eintracht Fulda won 2-1. FC Lahn Gießen coach Markus Steinbrenner was sacked on Sunday.",
     ("Markus Steinbrenner", "works_for", "1. FC Lahn Gießen"), "a score's last goal before a full stop is no club's number"),
    ("Mayor Anna Weber and Councillor Jens Kahl met on Monday. The Greens declined to comment, and their spokeswoman, Meike Rosendahl, said nothing.",
     ("Meike Rosendahl", "works_for", "Anna Weber"), "'their' is not the pair named before when a body in the plural is the subject"),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_relation_found(extract, text, expected):
    result = extract(text)
    found = triples(result)
    s, r, t = expected
    # triples() writes symmetric mentions with sorted ends; a directed expectation still
    # matches a mention the text left undirected ("spoke by phone with").
    assert expected in found or (r, frozenset((s, t))) in undirected(result), found


@pytest.mark.parametrize("text,unexpected,why", NEGATIVE)
def test_trap_not_positive(extract, text, unexpected, why):
    s, r, t = unexpected
    found = triples(extract(text))
    assert unexpected not in found and (t, r, s) not in found, (why, found)


def test_a_title_in_a_headline_is_no_verb(extract):
    # "Wessex Captain Pemberton": a bare noun between two names is the second one's title, not a
    # headline verb; the story states the post the right way round
    found = triples(extract("Wessex Captain Pemberton Asks to Leave County\n\nTAUNTON, England — Wessex captain "
                            "Tom Pemberton has asked to be released from the final year of his contract."))
    assert ("Tom Pemberton", "works_for", "Wessex") in found and ("Wessex", "works_for", "Tom Pemberton") not in found, found


def test_negated_mention_is_kept_marked(extract):
    result = extract("Maria Lopez did not endorse Tom Becker.")
    assert ("Maria Lopez", "endorsed", "Tom Becker") in triples(result, negated=True)
    negated = [m for m in result.relations if m.negated]
    assert negated and all(m.rule.endswith("+negated") for m in negated)


def test_mention_fields(extract):
    text = "Intro line here.\nSenator Maria Lopez endorsed Tom Becker on Tuesday."
    result = extract(text)
    [mention] = [m for m in result.relations if m.relation == "endorsed"]
    assert text[mention.start : mention.end] == mention.sentence
    assert mention.trigger == "endorsed"
    assert mention.source_type == "PERSON" and mention.target_type == "PERSON"
    assert 0 < mention.confidence <= 1


def test_an_end_found_through_a_pronoun_lowers_confidence_for_every_rule(extract):
    # the same text relation with the sender named and with the sender as "he": a message's
    # speaker found through a pronoun is discounted like any other rule's end
    named = extract("Tomasz Wrobel sent messages in May. In the messages, Tomasz Wrobel told Katarzyna Zielinska to wait.")
    pronoun = extract("Tomasz Wrobel sent messages in May. In the messages, he told Katarzyna Zielinska to wait.")
    [by_name] = [m for m in named.relations if m.relation == "texted" and m.rule == "message-speech"]
    [by_pronoun] = [m for m in pronoun.relations if m.relation == "texted" and m.rule == "message-speech"]
    assert by_pronoun.confidence < by_name.confidence


def test_refusing_to_hit_back_is_no_criticism(extract):
    # the answer to a critic is checked like any cue: "declined to hit back" is a refusal
    result = extract("Councillor Maria Ostrowski accused Mayor Pavel Novak of wasting the city's money. "
                     "Novak declined to hit back, saying the voters would judge.")
    assert ("Pavel Novak", "criticized", "Maria Ostrowski") not in triples(result)
    assert ("Pavel Novak", "criticized", "Maria Ostrowski") in triples(result, negated=True)


@pytest.mark.parametrize("text", [
    "The statement was signed by John Smith",
    "Maria Lopez endorsed Tom Becker",
    "The vote was called by the Tikva Hadasha",
    "Shares fell after the warning from Nordvik Telecom",
])
def test_a_text_that_ends_on_a_name_is_read(extract, text):
    # a name with nothing after it (no full stop) is the last token: no rule may look past it
    result = extract(text)
    assert result.entities
