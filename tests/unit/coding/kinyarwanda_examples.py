# ruff: noqa: E501
"""Kinyarwanda examples, written as a monitor in Rwanda or eastern DR Congo would put them,
without sight of the markers, cues and keywords they test: the 42 risk-factor examples of
:mod:`foa_examples` (``RW``), twelve event reports, two per ACLED type (``RW_EVENTS``),
sixteen posts, eight of them incitement and eight that only look like it (``RW_INCITEMENT``),
twelve short texts for language detection (``RW_LANGUAGE``), and sixteen more posts by another
writer, held out from the lexicon's refinement (``RW_INCITEMENT_HELD_OUT``). Places and names
are invented.
"""

from __future__ import annotations

RW: list[tuple[int, str]] = [
    (1, "Imirwano hagati y'ingabo za Leta n'umutwe w'inyeshyamba imaze gukwira mu turere dutatu tundi kuva agahenge kasenyuka."),
    (1, "Abasirikare bafashe ingoro ya Perezida mu ijoro ryakeye, batangaza ko Itegeko Nshinga rihagaritswe."),
    (1, "Igiciro cy'umugati cyikubye gatatu, ifaranga ritakaza kimwe cya kabiri cy'agaciro karyo mu kwezi kumwe, kandi imyigaragambyo irabera mu mijyi yose."),
    (2, "Nta n'umwe wigeze akurikiranwa n'ubutabera ku bwicanyi bwabereye i Kelemi mu mwaka wa 2009, kandi abasirikare bakuru babigizemo uruhare baracyayobora ingabo."),
    (2, "Abaturage bavuga ko umutwe umwe w'abasirikare umaze imyaka ukorera iyicarubozo abafunzwe ukanabica, nta iperereza na rimwe rirakorwa."),
    (2, "Leta ikomeje guhakana ko ubwicanyi bwakorewe abo mu bwoko buto mu myaka yashize bwigeze bubaho."),
    (3, "Inkiko zo muri iyi ntara zimaze imyaka ibiri zidaburanisha, kandi abacamanza bakurikiza amabwiriza ya guverineri."),
    (3, "Abapolisi bamaze amezi badahembwa, benshi bagurisha imbunda zabo; nta rwego rw'abasivili rugenzura inzego z'umutekano."),
    (3, "Ruswa yarakwiriye ku buryo abayobozi bakira amafaranga ku mugaragaro kugira ngo barekure abakekwaho ibyaha."),
    (4, "Umutwe witwaje intwaro urashaka kwigarurira ibirombe bya zahabu n'ubutaka buri ku nkengero z'uruzi, bukoreshwa n'aborozi."),
    (4, "Abayobozi b'ishyaka baravuga ko igihugu ari icy'ubwoko bw'abenshi bonyine, ko abandi ari abanyamahanga bagomba kugisohokamo."),
    (4, "Abakomanda bizejwe guhabwa imirima y'imiryango yavanywe mu byayo nibamara 'gusukura' ako karere."),
    (5, "Amakamyo yapakururiye ku biro by'ishyaka amasanduku y'imbunda n'amasasu agenewe umutwe w'urubyiruko witwaje intwaro."),
    (5, "Ubutegetsi bwahaye intwaro kandi bwatoje ibihumbi by'abarwanyi batari mu ngabo zemewe, bose bakaba ari abayoboke b'umuryango wa Perezida."),
    (5, "Igihugu cy'igituranyi giha uwo mutwe witwaje intwaro amafaranga, intwaro n'ibikoresho byose ukeneye."),
    (6, "Abanyamakuru b'abanyamahanga birukanywe mu gihugu, naho radiyo yigenga yari isigaye irafungwa."),
    (6, "Ubutumwa bw'Umuryango w'Abibumbye bwavuye mu gihugu umwaka ushize, kandi nta muryango w'akarere ukurikirana uko ibintu byifashe."),
    (6, "Imiryango ya sosiyete sivile yo muri aka karere yarasheshwe, kandi abayobozi bayo bari mu buhungiro."),
    (7, "Inteko Ishinga Amategeko yatoye amategeko y'ibihe bidasanzwe ahagarika uburenganzira bw'ufunzwe bwo kugezwa imbere y'umucamanza, inaha igisirikare ububasha bwo guta muri yombi abantu nta rupapuro rw'urukiko."),
    (7, "Abayobozi bakoze urutonde rw'imiryango yo mu bwoko buto ituye muri buri gace."),
    (7, "Imitwe yitwaje intwaro irimo gushinga za bariyeri, kandi abo mu bwoko buto barimo kwamburwa indangamuntu zabo."),
    (8, "Ibyavuye mu matora bizatangazwa mu cyumweru gitaha, kandi impande zombi zamaze kuvuga ko zitazemera gutsindwa."),
    (8, "Iyicwa ry'umuyobozi w'opozisiyo ku cyumweru ryateye ubwoba ko hashobora kubaho ibikorwa byo kwihorera."),
    (8, "Isabukuru y'ubwicanyi bwo mu 1994 izahurirana n'ibarura rusange ry'abaturage riteganyijwe mu karere k'Iburasirazuba."),
    (9, "Abo mu bwoko buto babujijwe gukora imirimo ya Leta kandi ntibemerewe kwandikisha ubutaka bwabo."),
    (9, "Amakimbirane hagati y'imiryango yombi apfa inzuri yarushijeho gukara, none n'amasoko asigaye ari aya buri bwoko ukwabwo."),
    (9, "Abana bo mu idini rito bangiwe kwinjira mu mashuri ya Leta."),
    (10, "Umukomanda yabwiye abasirikare be ko nta mwana n'umwe wo muri ubwo bwoko ugomba kurokoka."),
    (10, "Abasirikare bakoreye ku gahato abagore bo mu bwoko buto ibikorwa byo kubabuza kubyara burundu, mu nkambi bari bafungiwemo."),
    (10, "Radiyo y'umutwe witwaje intwaro yita abo bantu inyenzi kandi igashishikariza abayumva kubatsemba."),
    (11, "Imidugudu yose yatwitswe, abasivili babarirwa mu magana baricwa mu bitero byateguwe bikorwa mu karere kose."),
    (11, "Abaturage bavuga ko mu mujyi wose ingabo zinjiyemo habaye ifatwa ry'abantu benshi icyarimwe, ibura ry'abantu n'iyicarubozo ry'abasivili."),
    (11, "Ibitero bimwe byo mu ijoro n'iyicwa ry'abasivili bikorwa mu buryo bumwe byagaragaye mu turere cumi na tubiri."),
    (12, "Inyandiko z'ibanga zagiye ahagaragara zerekana ko minisiteri yategetse imitwe y'ingabo kwibasira imidugudu ikekwaho gushyigikira inyeshyamba."),
    (12, "Abayobozi bakoze inama zo gutegura ibitero ku duce dutuwe n'abashyigikiye opozisiyo."),
    (12, "Leta ni yo itera inkunga kandi ikayobora umutwe witwaje intwaro urimo kugaba ibitero ku basivili."),
    (13, "Ibisasu byatewe n'indege z'intambara byibasiye ibitaro n'isoko, kandi byari bigaragara neza ko ari ahantu h'abasivili."),
    (13, "Abarwanyi bafashwe bishwe ako kanya nyuma yo kumanika amaboko bakishyikiriza ingabo."),
    (13, "Impande zirwana zagose umujyi kandi zibuza ibiribwa n'imiti kugera ku basivili."),
    (14, "Abantu bitwaje imbunda bateye imodoka zari zitwaye imfashanyo, bica abakozi babiri b'imiryango y'ubutabazi hafi y'inkambi."),
    (14, "Ingabo z'Umuryango w'Abibumbye zishinzwe kubungabunga amahoro zarasiweho ubwo zari ku irondo mu gace k'umutekano kagabanya impande zombi."),
    (14, "Ubuyobozi bwangiye imiryango y'ubutabazi kugera ku baturage, bunafatira ibiribwa byayo."),
]

RW_EVENTS: list[tuple[str, str]] = [
    ("Imirwano ikaze yabereye i Kabuhanga kuva mu rukerera hagati y'ingabo za Leta n'inyeshyamba za FPR-Rugezi, abarwanyi benshi bahasiga ubuzima.", "Battles"),
    ("Abarwanyi ba Mai-Mai Kisimba n'umutwe wa Twirinde bakozanyijeho mu gace ka Rusiga, imirwano imara amasaha atatu.", "Battles"),
    ("Indege itagira umupilote (drone) yarashe igisasu ku isoko rya Kinyoni, abantu batanu bahita bapfa.", "Explosions/Remote violence"),
    ("Imodoka itwaye abagenzi yakandagiye mine ku muhanda wa Bweramana-Muhoza, abantu batatu barapfa abandi barakomereka; ku mugoroba kandi gerenade yatewe mu kabari k'i Nyamugari.", "Explosions/Remote violence"),
    ("Abantu bitwaje imbunda bateye umudugudu wa Kivumu mu ijoro, bica abaturage barindwi banashimuta abagore babiri.", "Violence against civilians"),
    ("Abarwanyi batemaguye n'imipanga abahinzi cumi na babiri bari mu mirima yabo i Karuruma, abandi baraburirwa irengero.", "Violence against civilians"),
    ("Urubyiruko rwarakaye rwateye amabuye abapolisi runatwika amapine mu muhanda mukuru w'umujyi wa Nyabisindu.", "Riots"),
    ("Agatsiko k'abaturage kakubise umusore wakekwagaho kwiba ihene kugeza apfuye mu isoko rya Rugerero.", "Riots"),
    ("Abarimu bo mu ntara ya Ruhondo batangiye imyigaragambyo yo guhagarika akazi, basaba kongererwa umushahara.", "Protests"),
    ("Abagore babarirwa mu magana bakoze urugendo rw'amahoro mu mujyi wa Gahini, basaba ko abana babo bashimuswe barekurwa.", "Protests"),
    ("Polisi yataye muri yombi abayobozi batatu b'umutwe w'inyeshyamba bari bihishe i Mukarange.", "Strategic developments"),
    ("Leta n'umutwe wa FDL basinyiye i Nyakabanda amasezerano y'amahoro, impande zombi ziyemeza guhagarika imirwano.", "Strategic developments"),
]

RW_INCITEMENT: list[tuple[bool, str]] = [
    (True, "Bariya bantu ni inyenzi gusa! Tugomba kuzitsemba zose, nta n'imwe isigara."),
    (True, "Igihe kirageze ngo tubirukane ku butaka bwa ba sogokuruza. Aba banyamahanga nibasubire iwabo cyangwa bahasige ubuzima."),
    (True, "Abo bo hakurya y'umugezi ni inzoka. Inzoka utayijanjaguye umutwe iragaruka ikakurya. Mwitegure."),
    (True, "Twarababuriye kenshi. Ejo tuzabamara, nta n'umwe muri mwe uzarokoka!!"),
    (True, "Ubwoko bwabo ni kanseri y'iki gihugu, kandi kanseri uyirandura n'imizi yayo yose."),
    (True, "Abo barya ibyacu ni imbeba. Tuzabakubura mu mudugudu wacu nk'uko ukubura imyanda."),
    (True, "Nimufate imipanga tujye ku kazi. Aka karere kagomba gusukurwa, abo bantu bakakavamo bose."),
    (True, "Umwanzi ni umwe: ubwoko bwabo bwose. Ntimuzagire impuhwe, mubice aho muzababona hose, n'abana babo."),
    (False, "AMAKURU: Abantu icumi bishwe n'abantu bitwaje intwaro mu ijoro ryakeye i Kivumu. Polisi yatangiye iperereza."),
    (False, "Mwaramutse! Mu gitondo twabonye inzoka nini mu gikoni, abaturanyi badufashije kuyica. Mwitondere ibihuru byegereye inzu."),
    (False, "Imbeba zanyoneye ibigori mu kigega. Ni uwuhe muti mwiza wo kuzica? Nimungire inama bavandimwe."),
    (False, "Dufite umuti wica inyenzi, imbeba n'imibu mu nzu. Igiciro ni 2000 Frw gusa. Muhamagare kuri nimero iri hasi."),
    (False, "Ejo ni umunsi w'amatora. Muzindukire kujya gutora, ijwi ryanyu rirakenewe!"),
    (False, "Abahinzi n'aborozi bo mu murenge wacu nibicare hamwe baganire. Amahoro n'ubumwe ni byo nkingi y'iterambere ryacu twese."),
    (False, "Turamagana abantu bita abandi inyenzi cyangwa inzoka ku mbuga nkoranyambaga. Imvugo y'urwango ni yo yabibye jenoside, ntizongere ukundi."),
    (False, "Muri iki gihembwe cy'ihinga mujye mubagara ibishyimbo kare, murandure ibyatsi bibi n'imizi yabyo kugira ngo bitica umusaruro."),
]

RW_LANGUAGE: list[str] = [
    "Amakuru y'uyu munsi",
    "Imvura nyinshi iteganyijwe mu Ntara y'Amajyaruguru muri iki cyumweru.",
    "Ibiciro by'ibirayi n'ibishyimbo byazamutse cyane ku isoko rya Kinyoni.",
    "Abanyeshuri batangiye igihembwe cya kabiri cy'amashuri kuri uyu wa mbere.",
    "Mwiriwe, amazi yabuze hano iwacu kuva ejo. Nimudufashe.",
    "Minisiteri y'Ubuzima irasaba abaturage gukaraba intoki kenshi no kwihutira kujya kwa muganga igihe bafite impiswi.",
    "Imirwano yongeye kubura hafi ya Rusiga, abaturage benshi bahungira mu nkambi ya Gahini.",
    "Abahinzi b'ikawa baravuga ko igiciro bahabwa kitajyanye n'imvune bagira.",
    "Ubuyobozi bw'akarere ka Nyabisindu buratangaza ko imihanda yangijwe n'imvura yaguye mu ijoro ryo ku wa gatatu izasanwa vuba, kandi burasaba abaturage batuye mu manegeka kwimuka mbere y'uko ibiza byongera kubageraho.",
    "Ese hari uzi aho nabona imiti y'umuvuduko w'amaraso? Farumasi zose zo hafi zarayibuze.",
    "Ikipe yacu yatsinze ibitego bibiri ku busa, abafana bishimye cyane!",
    "Abarimu barasaba ko imishahara yabo yongerwa kuko ibiciro ku masoko bikomeje kuzamuka.",
]

# By another writer, who saw neither the lexicon nor the posts above.
RW_INCITEMENT_HELD_OUT: list[tuple[bool, str]] = [
    # --- incitement (True) ---
    (True, "Abo bantu b'i Kabuye ni inyenzi gusa. Nimuhaguruke mubatsembe bose, ntihagire n'umwe usigara."),
    (True, "Abimukira baje i Gasiza ni imbeba zirya imyaka yacu. Tugomba kubirukana, kandi iri joro amazu yabo tuyatwike."),
    (True, "Abayisilamu bo ku musigiti wa Rugarama ni icyorezo kiri gukwirakwira mu gihugu. Bagomba kwicwa bose mbere y'uko batwanduza."),
    (True, "Mwa mpunzi mwe, nimutava hano bitarenze ku wa gatanu, tuzabatwikira mu nkambi yanyu mwese."),
    (True, "Abanyamusare ni impyisi zirya abana bacu. Tuzabamara umwe ku wundi, imihoro mu ntoki."),
    (True, "Abo bashumba baturutse i Buganza ya ruguru ni inda zinyunyuza amaraso yacu. Nimucyo tubahonyore nk'uko uhonyora inda."),
    (True, "Abakirisitu b'itorero rya Betaniya i Nyirimana ni inzoka. Inzoka uyica uyimena umutwe: ni ko tugomba kubagenza aho bari hose."),
    (True, "Igihe kirageze cyo gusukura umudugudu wacu. Abo bantu bo hakurya y'umugezi ni urumamfu, bagomba kurandurwa bose; uzababona wese abice nta mbabazi."),
    # --- not incitement (False) ---
    (False, "Abantu cumi na babiri biciwe mu gitero cyagabwe ku mudugudu wa Bweramana mu ijoro ryo ku wa kabiri, nk'uko abayobozi b'ibanze babitangaje. Ingabo zavuze ko zikurikirana abagabye icyo gitero."),
    (False, "Impyisi yateye urugo rwa Kamanzi i Nyakabingo iica ihene enye. Abaturage barasaba abashinzwe pariki kubarinda izo nyamaswa."),
    (False, "Inzoka nini yinjiye mu ishuri ribanza rya Kivumu, abana basohoka biruka. Abakozi bashinzwe inyamaswa bayifashe bayisubiza mu ishyamba."),
    (False, "Mu kigo cy'amashuri cya Musha abana benshi bafite inda mu mutwe. Abarimu barasaba ababyeyi kubogosha no kumesa imyenda yabo n'amazi ashyushye."),
    (False, "Abahinzi b'ibigori i Rwinkuba bagirwa inama yo gutega imitego y'imbeba mu bubiko no kurandura ibyatsi bibi mu mirima mbere y'uko imvura yiyongera."),
    (False, "Ku cyumweru tuzabamenagura kuri sitade ya Kibagabaga! Inkuba FC ntizadutwara amanota atatu, abafana nimuze ari benshi."),
    (False, "Umuntu wita abandi inyenzi cyangwa inzoka ku mbuga nkoranyambaga aba abiba urwango. Tumwamagane kandi tubimenyeshe inzego zibishinzwe."),
    (False, "Ejo ni umunsi w'amatora: nimuzinduke mutore mu mahoro, mwirinde uwo ari we wese ubabwira kwanga abaturanyi banyu."),
]
