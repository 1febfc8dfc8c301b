# ruff: noqa: E501
"""Somali examples, written as a monitor in Somalia would put them, without sight of the
cues and keywords they test: the 42 risk-factor examples of :mod:`foa_examples` (``SO``),
twelve event reports, two per ACLED type (``SO_EVENTS``), sixteen posts, eight of them
incitement and eight that only look like it (``SO_INCITEMENT``), twelve short texts for
language detection (``SO_LANGUAGE``), and sixteen more posts by another writer, held out from
the lexicon's refinement (``SO_INCITEMENT_HELD_OUT``). Places and names are invented.
"""

from __future__ import annotations

SO: list[tuple[int, str]] = [
    (1, "Dagaallada u dhexeeya ciidamada dowladda iyo kooxda fallaagada ah ayaa ku faafay saddex degmo oo kale tan iyo markii ay burburtay xabbad-joojintii."),
    (1, "Askar ayaa xalay la wareegay qasriga madaxtooyada, waxayna ku dhawaaqeen in la hakiyay dastuurka dalka."),
    (1, "Qiimaha rootiga ayaa saddex jibbaar kordhay, lacagta dalkuna waxay lumisay kala bar qiimaheedii muddo bil gudaheed ah, iyadoo magaalo kasta ay ka socdaan bannaanbaxyo."),
    (2, "Qofna weligii maxkamad lama horgeyn xasuuqii 2009 ka dhacay Kelemi, saraakiishii ku lug lahaydna weli waxay hayaan xilalkoodii taliska."),
    (2, "Dadka tuulada ayaa sheegay in isla cutubkaas uu sannado badan jirdilayay oo dilayay maxaabiista, iyadoon wax baaritaan ah weligood la samayn."),
    (2, "Dowladdu waxay weli beenineysaa in ay dhaceen dilalkii hore ee loo geystay beesha laga tirada badan yahay."),
    (3, "Maxkamadaha gobolka muddo laba sano ah ma fadhiyin, garsoorayaashuna waxay amarro ka qaataan guddoomiyaha gobolka."),
    (3, "Saraakiisha booliska mushahar lama siin muddo bilooyin ah, qaar badan oo ka mid ahna hubkooda ayay iibiyaan; ma jirto hay'ad rayid ah oo kormeerta ciidamada amniga."),
    (3, "Musuqmaasuqu aad ayuu u baahsan yahay, saraakiishuna si cad ayay laaluush u qaataan si ay u sii daayaan dadka loo haysto dambiyada."),
    (4, "Maleeshiyaadku waxay doonayaan inay gacanta ku dhigaan macdanta dahabka iyo dhulka webiga ku hareeraysan ee ay xoolo-dhaqatadu isticmaalaan."),
    (4, "Hoggaamiyeyaasha xisbiga ayaa sheegay in dalku uu leeyahay oo keliya beesha aqlabiyadda ah, kuwa kalena ay yihiin ajaanib ay tahay inay dalka ka tagaan."),
    (4, "Taliyayaasha waxaa loo ballan qaaday beeraha qoysaska barakacay marka deegaanka dadkaas laga sifeeyo."),
    (5, "Gaadiid xamuul ah ayaa xafiiska xisbiga ku dejiyay sanduuqyo qoryo iyo rasaas ah oo loogu talagalay maleeshiyaadka dhallinyarada."),
    (5, "Dowladda ayaa hubeysay oo tababartay kumanaan dagaalyahanno aan ciidan rasmi ah ahayn oo daacad u ah beesha madaxweynaha."),
    (5, "Dal deris ah ayaa kooxda hubeysan siiya lacag, hub iyo taageero saad."),
    (6, "Wariyeyaasha ajnabiga ah waa laga saaray dalka, idaacaddii ugu dambeysay ee madaxa bannaanna waa la xiray."),
    (6, "Howlgalka Qaramada Midoobay ayaa sannadkii hore ka baxay dalka, mana jirto hay'ad goboleed la socota xaaladda."),
    (6, "Ururada bulshada rayidka ah ee deegaanka waa la kala diray, hoggaamiyeyaashooduna waxay u qaxeen dalka dibaddiisa."),
    (7, "Baarlamaanka ayaa meel mariyay sharciyo xaalad deg-deg ah oo hakinaya xaqa maxaabiistu u leeyihiin in maxkamad la horgeeyo, ciidamadana siinaya awood ay dadka ku xiraan iyadoon amar maxkamadeed jirin."),
    (7, "Mas'uuliyiinta dowladda ayaa diyaariyay liisas lagu qoray qoysaska beesha laga tirada badan yahay ee xaafad kasta deggan."),
    (7, "Maleeshiyaad ayaa dhigaya isbaarooyin, waxaana laga qaadayaa kaararka aqoonsiga dadka beesha laga tirada badan yahay."),
    (8, "Natiijada doorashada ayaa la filayaa toddobaadka soo socda, labada dhinacba waxay sheegeen inaysan aqbali doonin guuldarro."),
    (8, "Dilkii loo geystay hoggaamiyaha mucaaradka maalintii Axadda ayaa abuuray cabsi laga qabo in aargoosi dhaco."),
    (8, "Sannad-guurada dilalkii 1994 waxay ku beegan tahay xilliga tirakoobka dadweynaha ee lagu qorsheeyay gobolka bari."),
    (9, "Dadka beesha laga tirada badan yahay waa laga mamnuucay shaqooyinka dowladda, mana diiwaangelin karaan dhulkooda."),
    (9, "Isku dhacyada labada beelood ee ku saabsan dhulka daaqa ayaa sii xoogeystay, suuqyaduna hadda waa kala go'an yihiin oo beel walba suuq gaar ah ayay leedahay."),
    (9, "Carruurta bulshada diinta laga tirada badan yahay waxaa loo diiday inay galaan dugsiyada dowladda."),
    (10, "Taliyaha ayaa askartiisa ku yiri: ilmo keliya oo qabiilkaas ka dhashay yuusan noolaan."),
    (10, "Askartu waxay si qasab ah dhalmo-joojin joogto ah ugu sameeyeen haweenka beesha laga tirada badan yahay ee ku xirnaa xerada."),
    (10, "Idaacadda maleeshiyaadka ayaa kooxdaas ugu yeerta baranbaro, waxayna dhageystayaasha ku boorrisaa inay dabar gooyaan."),
    (11, "Tuulooyin dhan ayaa la gubay, boqolaal dad rayid ah ayaana lagu dilay olole isku dubbaridan oo gobolka oo dhan ka socday."),
    (11, "Dadka deegaanka ayaa ka warramay xarig ballaaran, dad la waayay iyo jirdil loo geystay shacabka magaalo kasta oo ciidanku galeen."),
    (11, "Isla qaabkaas oo ah weerarro habeenkii ah iyo dad rayid ah oo si toos ah loo toogtay ayaa laga soo sheegay laba iyo toban degmo."),
    (12, "Amarro la soo daadiyay ayaa muujinaya in wasaaraddu ay cutubyada ku amartay inay bartilmaameedsadaan tuulooyinka looga shakisan yahay inay taageeraan fallaagada."),
    (12, "Mas'uuliyiin ayaa qabtay shirar qorshayn oo lagu abaabulayay weerarrada lagu qaadayo xaafadaha mucaaradka."),
    (12, "Dowladda ayaa maalgelisa oo hagta maleeshiyaadka fulinaya weerarrada lagu qaado dadka rayidka ah."),
    (13, "Duqeymo cirka ah ayaa ku dhacay isbitaalka iyo suuqa, kuwaas oo si cad loogu calaamadeeyay inay yihiin goobo rayid ah."),
    (13, "Dagaalyahannadii la qabtay ayaa goobta lagu toogtay kadib markii ay is dhiibeen."),
    (13, "Dhinacyada dagaallamaya ayaa magaalada go'doomiyay, waxayna ka hor istaagayaan in cuntada iyo daawadu gaaraan dadka rayidka ah."),
    (14, "Rag hubeysan ayaa weeraray kolonyo gargaar oo u dhowaa xerada barakacayaasha, waxayna dileen laba shaqaale oo hay'adaha samafalka ka tirsan."),
    (14, "Ciidamada nabad ilaalinta ee howlgalka Qaramada Midoobay ayaa xabbad lagu furay iyagoo roondo ku jiray aagga kala qaybiya labada dhinac."),
    (14, "Maamulka ayaa u diiday hay'adaha gargaarka inay gaaraan deegaanka, waxayna la wareegeen raashinkii ay sideen."),
]

SO_EVENTS: list[tuple[str, str]] = [
    ("Dagaal culus ayaa saaka ka dhacay duleedka tuulada Bacaadweyne oo u dhexeeyay ciidamada dowladda iyo dagaalyahanno hubeysan; khasaare ayaa labada dhinacba soo gaaray.", "Battles"),
    ("Laba maleeshiyaad beeleed ayaa xalay ku dagaallamay deegaanka Dhagaxlaawe, iyadoo hub culus la isu adeegsaday.", "Battles"),
    ("Duqeyn diyaarad aan duuliye lahayn ayaa galabta lagu beegsaday gaari ku socday waddada u dhexeysa Ceel-Xamar iyo Habarlaawe, saddex qof ayaana ku dhimatay.", "Explosions/Remote violence"),
    ("Bam-gacmeed ayaa lagu tuuray makhaayad ku taal suuqa Laascadaley, shan qof ayaana ku dhaawacmay.", "Explosions/Remote violence"),
    ("Rag hubeysan ayaa xalay weerar ku qaaday tuulada Biyoleey, waxayna dileen afar beeralley ah oo aan hub sidan.", "Violence against civilians"),
    ("Koox hubeysan ayaa tuulada Dhoobaley ka afduubtay lix qof oo shacab ah, oo ay ku jiraan laba haween ah.", "Violence against civilians"),
    ("Dhallinyaro cadhaysan ayaa dhagxaan ku tuuray gaadiidka booliska oo taayirro ku gubay waddooyinka magaalada Garsaale, iyagoo ka cadhaysan dilka wiil yar.", "Riots"),
    ("Dad badan oo xanaaqsan ayaa suuqa Dayaxley ku garaacay nin lagu tuhmay inuu xaday taleefan, ilaa uu ka dhintay.", "Riots"),
    ("Boqolaal qof ayaa si nabad ah ugu bannaanbaxay magaalada Haldhaag, iyagoo dalbanaya in la dhiso ceelal biyo.", "Protests"),
    ("Macallimiinta dugsiyada dowladda ee gobolka Caddaley ayaa bilaabay shaqo joojin, iyagoo ka cabanaya in aan la siin mushaharka saddex bilood.", "Protests"),
    ("Ciidamada amniga ayaa magaalada Baraaweyn-Sare ka xiray toddoba nin oo looga shakisan yahay inay xiriir la leeyihiin kooxaha hubeysan.", "Strategic developments"),
    ("Odayaasha labada beelood ee ku colloobay deegaanka Xaaji-Cali ayaa saxiixay heshiis nabadeed oo soo afjaraya colaadda.", "Strategic developments"),
]

SO_INCITEMENT: list[tuple[bool, str]] = [
    (True, "Kuwaasi waa baranbaro, waa in dhulkeenna laga sifeeyaa oo mid keliya uusan ku harin!"),
    (True, "Reer Kulmiye waa jiir ku faafay magaaladeenna, waqtigii la dabar goyn lahaa waa la gaaray."),
    (True, "Dhallinyarada Bulloweyn, hubka qaata oo gowraca reer Afgooye-Cusub, midna ha noolaado!"),
    (True, "Reer Hawdley waa mas sun leh, masna madaxa ayaa laga jaraa. Ha la sugin."),
    (True, "Ajaanibtan dhulkeenna ku soo degtay ha la saaro, haddii kale annaga ayaa guryaha dusha kaga gubi doonna."),
    (True, "Reer Shabeellow, waxaan idinku leennahay: waan idin dhammeyn doonnaa, mid idinka mid ahna kama badbaadi doono."),
    (True, "Beeshaas waa kansar ku jira jirka dalka, kansarkana waa la gooyaa ka hor inta uusan faafin."),
    (True, "Qofkii arka nin reer Dhagaxleey ah ha dilo, dhiiggooduna waa idinka xalaal."),
    (False, "Ugu yaraan toban qof ayaa lagu dilay weerar xalay ka dhacay tuulada Ceel-Garas, sida ay sheegeen dadka deegaanka."),
    (False, "Mas weyn ayaa caawa gurigayaga soo galay, alxamdulillaah waan dilnay qofna waxba uma dhicin. Waalidiinta, carruurta ilaaliya."),
    (False, "Jiir badan ayaa ku jira bakhaarkayaga galleyda. Ma jiraa qof yaqaan dawo jiirka lagu dilo oo aan carruurta waxyeelayn?"),
    (False, "Sunta lagu dilo baranbarada iyo kaneecada hadda waxaad ka heli kartaan dukaankayaga, qiimo jaban."),
    (False, "Dadweynaha gobolka Garsaale, Khamiista soo socota u soo baxa codbixinta! Codkaagu waa xaqaaga."),
    (False, "Reer Kulmiye iyo reer Geeddi waa walaalo; aan joojinno dhiigga oo ilaalinno nabadda deegaanka."),
    (False, "Waxaan cambaareyneynaa hadallada nacaybka ah ee baraha bulshada lagu faafinayo ee beelaha lagu tilmaamayo baranbaro iyo jiir. Hadalkaasi waa khatar, waana in la joojiyaa."),
    (False, "Beeralleyda: cawska iyo haramaha beerta galleyda ku dhex baxa si joogto ah u cagafta, haddii kale dalaggiinna ayay dilayaan."),
]

SO_LANGUAGE: list[str] = [
    "Roob baa da'ay.",
    "Roob mahiigaan ah ayaa shalay ka da'ay magaalada, waddooyin badanna biyo ayaa xiray.",
    "Qiimaha sonkorta iyo bariiska ayaa suuqyada ka sii kordhay toddobaadkan.",
    "Saaka biyihii ayaa naga go'ay, goorma ayaa dib loo soo celinayaa?",
    "Wasaaradda Caafimaadka ayaa bilowday olole tallaal oo carruurta looga hortagayo cudurka jadeecada, kaas oo socon doona muddo laba toddobaad ah.",
    "Dugsiyada hoose iyo dhexe ayaa dib loo furi doonaa Sabtida soo socota kadib fasaxa.",
    "Walaal xaaladdu sidee tahay halkaas? Halkan hadda waa deggan tahay.",
    "Abaarta awgeed xoolo badan ayaa le'day, reer guuraagana waxay u baahan yihiin gargaar degdeg ah.",
    "Isbitaalka gobolka waxaa ku jira bukaan badan oo qaba shuban biyood, dhakhaatiirtuna waxay sheegeen in daawadu yar tahay.",
    "Xalay rasaas ayaa laga maqlayay xaafadda, hadda waa deggan tahay.",
    "Lacagta shilinka ayaa hoos u dhacday.",
    "Guddiga doorashooyinka qaranka ayaa sheegay in diiwaangelinta codbixiyeyaasha ay socon doonto ilaa dhammaadka bisha, waxayna ugu baaqeen muwaadiniinta inay soo qaataan kaararkooda codbixinta.",
]

# By another writer, who saw neither the lexicon nor the posts above.
SO_INCITEMENT_HELD_OUT: list[tuple[bool, str]] = [
    # True: incitement, threats, dehumanising speech
    (True, "Dadkaas ka yimid Gobolka Dhulqarar waa baranbaro ku soo qulqulay magaaladeenna. Kaca oo xaafadda ka nadiifiya, guryahoodana gubaa!"),
    (True, "Qaxootigan Dhulmarag ka yimid waa jiir cudur sida. Aan wada ka saarno tuulada intaanay na cunin, kii diidana ha la dilo."),
    (True, "Reer Dhoolane, farriintan si fiican u akhriya: waan idin dhammayn doonnaa, caawa ayaan guryihiinna dab qabadsiin doonnaa."),
    (True, "Kuwa diinteenna ka baxay waa injir madaxa ku jirta. Injirta lama daaweeyo ee waa la dilaa, ha loo naxariisan."),
    (True, "Dadka Buurqaran waa waraabeyaal, waraabe lalama noolaado ee waa la laayaa. Dhallinyarooy hubka qaata!"),
    (True, "Masaska Reer Xuddun waa in madaxa laga jaraa intaanay na qaniinin. Mid walba oo aad aragtaan gowraca."),
    (True, "Muhaajiriintan waa cudur ku faafay dalkeenna, waa in la tirtiraa ilaa midna aanu ka harin. Dowladdu haddii ay diiddo annaga ayaa samaynaya."),
    (True, "Beeshaas waa haramo ka baxday beertayada. Berri subax aan rujinno oo gubno ilaa xididka, carruurtoodana ha laga tegin."),
    # False: hard negatives
    (False, "Ugu yaraan toddoba qof ayaa lagu dilay weerar ka dhacay suuqa Dhagaxley, sida ay sheegeen saraakiisha degaanka. Booliska ayaa sheegay in baaritaan la bilaabay."),
    (False, "Guddiga xuquuqda aadanaha ayaa warbixin ka soo saaray xasuuqii ka dhacay tuulada Bulo Carays, halkaas oo lagu laayay in ka badan boqol qof oo rayid ah."),
    (False, "Xalay waraabe ayaa weeraray xeradayada ariga ee Ceel Gaduud, wuxuuna dilay shan ri'. Odayaasha tuuladu waxay codsadeen in laga caawiyo ilaalinta xoolaha."),
    (False, "Waalidiinta ardayda dugsiga Nuur Xasan: injir ayaa ku faaftay fasallada. Fadlan carruurta madaxa u dhaqa oo daawada injirta farmashiyaha ka iibsada."),
    (False, "Beeraleyda Doonbiye waxay dalbadeen sun lagu dilo jiirka baabi'iyay bakhaarrada galleyda. Sidoo kale haramaha waa in la rujiyaa ka hor roobka gu'ga."),
    (False, "Axadda soo socota waan burburin doonnaa kooxda Horseed FC! Taageerayaal, garoonka soo buuxiya oo aan ciyaarta ku dhammaynno shan gool."),
    (False, "Waxaan si adag u cambaareynaynaa qoraallada lagu tilmaamayo qaxootiga 'baranbaro' iyo 'jiir'. Hadal noocaas ah wuxuu horseedaa dil iyo rabshad, waana in la joojiyaa."),
    (False, "Dhallinyarada Gobolka Hawdley, doorashada Khamiista aan u codeyno nabadda. Aan tirtirno nacaybka qabiilka, hubkana aan dhigno."),
]
