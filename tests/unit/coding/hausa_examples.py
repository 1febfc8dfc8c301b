# ruff: noqa: E501
"""Hausa examples, written as a monitor in northern Nigeria or Niger would put them, without
sight of the markers, cues and keywords they test: the 42 risk-factor examples of
:mod:`foa_examples` (``HA``), twelve event reports, two per ACLED type (``HA_EVENTS``),
sixteen posts, eight of them incitement and eight that only look like it (``HA_INCITEMENT``),
twelve short texts for language detection (``HA_LANGUAGE``), and sixteen more posts by another
writer, held out from the lexicon's refinement (``HA_INCITEMENT_HELD_OUT``). Places, names and
the groups named are invented.
"""

from __future__ import annotations

# 1. UN Framework of Analysis risk factors: (risk_factor_number, Hausa text)
HA: list[tuple[int, str]] = [
    (1, "Faɗa tsakanin sojoji da ƙungiyar 'yan tawaye ya bazu zuwa ƙarin gundumomi uku tun bayan da yarjejeniyar tsagaita wuta ta ruguje."),
    (1, "Sojoji sun ƙwace fadar shugaban ƙasa cikin dare, kuma sun sanar a gidan talabijin cewa sun dakatar da kundin tsarin mulki."),
    (1, "Farashin burodi ya ninka har sau uku, darajar kuɗin ƙasar kuma ta faɗi da rabi cikin wata ɗaya kacal, ana ta zanga-zanga a kowane gari."),
    (2, "Har yau ba a gurfanar da ko mutum ɗaya a kotu ba kan kisan kiyashin da aka yi a Kelemi a shekarar 2009, kuma jami'an da ke da hannu a ciki suna nan kan muƙamansu na kwamanda."),
    (2, "Mazauna ƙauyen sun ce rundunar sojojin nan ɗaya ce ke azabtarwa da kashe mutanen da take tsare da su tsawon shekaru, ba tare da an taɓa yin bincike ba."),
    (2, "Gwamnati na ci gaba da musanta cewa kashe-kashen da aka yi wa 'yan tsiraru a baya sun taba faruwa."),
    (3, "Kotunan jihar ba su zauna ba tsawon shekara biyu, kuma alkalai suna karbar umarni ne daga gwamna."),
    (3, "'Yan sanda sun shafe watanni ba a biya su albashi ba, har da yawa daga cikinsu suna sayar da bindigoginsu; babu wata hukumar farar hula da ke sa ido kan jami'an tsaro."),
    (3, "Cin hanci da rashawa ya yi katutu ta yadda jami'ai ke karɓar na goro a fili kafin su saki waɗanda ake zargi."),
    (4, "Ƙungiyar mayaƙan sa-kai tana son mallake ma'adinan zinare da filayen da ke gefen kogin, waɗanda makiyaya ke amfani da su wajen kiwo."),
    (4, "Shugabannin jam'iyyar sun ce ƙasar ta mafi rinjaye ce kawai, sauran kuma baƙi ne waɗanda dole ne su fice daga cikinta."),
    (4, "An yi wa kwamandoji alkawarin ba su gonakin iyalan da suka rasa matsugunansu da zarar an share yankin."),
    (5, "Manyan motoci sun sauke akwatunan bindigogi da harsasai a ofishin jam'iyya domin matasan 'yan sa-kai."),
    (5, "Gwamnatin ta ba dubban mayaƙa marasa tsari makamai da horo, waɗanda duk suke biyayya ga dangin shugaban ƙasa."),
    (5, "Wata kasa makwabciya tana ba kungiyar masu dauke da makamai kudi, makamai da kayan aiki."),
    (6, "An kori 'yan jaridar ƙasashen waje, kuma an rufe gidan rediyo na ƙarshe mai zaman kansa a ƙasar."),
    (6, "Tawagar Majalisar Ɗinkin Duniya ta janye a bara, kuma babu wata ƙungiyar yanki da ke sa ido kan halin da ake ciki."),
    (6, "An rushe kungiyoyin fararen hula na cikin gida, kuma shugabanninsu yanzu suna gudun hijira a kasashen waje."),
    (7, "Majalisar dokoki ta zartar da dokokin ta-ɓaci waɗanda suka dakatar da haƙƙin kai wanda ake tsare da shi gaban kotu, suka kuma ba sojoji ikon kama mutane ba tare da takardar izinin kotu ba."),
    (7, "Jami'ai sun tattara jerin sunayen iyalan 'yan tsiraru a kowace unguwa."),
    (7, "Mayaƙan sa-kai suna kafa shingayen bincike a kan hanyoyi, kuma ana ƙwace katin shaidar 'yan ƙabilar tsiraru."),
    (8, "Za a fitar da sakamakon zaɓe a mako mai zuwa, kuma ɓangarorin biyu duk sun ce ba za su amince da shan kaye ba."),
    (8, "Kisan gillar da aka yi wa jagoran 'yan adawa ranar Lahadi ya jefa mutane cikin fargabar za a dauki fansa."),
    (8, "Zagayowar ranar kashe-kashen shekarar 1994 ta zo daidai da lokacin ƙidayar jama'a da aka shirya yi a yankin gabas."),
    (9, "An hana 'yan tsiraru samun aikin gwamnati, kuma ba a yarda su yi rajistar filayensu ba."),
    (9, "Rikici tsakanin al'ummomin biyu kan filin kiwo ya ƙara tsananta, kuma yanzu kowace al'umma tana da kasuwarta daban."),
    (9, "An hana 'ya'yan mabiya addinin da ke tsiraru shiga makarantun gwamnati."),
    (10, "Kwamandan ya gaya wa yaransa cewa kada su bar ko yaro ɗaya na waccan ƙabila da rai."),
    (10, "Sojoji sun tilasta wa matan ƙabilar tsiraru yin tiyatar hana haihuwa ta dindindin a sansanin da ake tsare da su."),
    (10, "Gidan rediyon 'yan sa-kai yana kiran mutanen wannan kabila kyankyasai, yana kuma kiran masu saurare su kawar da su baki daya."),
    (11, "An kona kauyuka baki daya, an kuma kashe daruruwan fararen hula a wani jerin hare-hare da aka tsara a fadin yankin."),
    (11, "Mazauna garuruwa sun bayyana yadda aka riƙa kame jama'a da yawa, ana ɓatar da mutane da azabtar da fararen hula a duk garin da sojoji suka shiga."),
    (11, "An samu rahoton irin wannan salon samame cikin dare da kashe fararen hula ba tare da shari'a ba a gundumomi goma sha biyu."),
    (12, "Wasu takardun umarni da suka fito fili sun nuna cewa ma'aikatar ta umarci rundunoni su kai hari kan ƙauyukan da ake zargi da goyon bayan 'yan tawaye."),
    (12, "Jami'ai sun gudanar da tarurrukan tsare-tsare domin shirya hare-hare kan unguwannin 'yan adawa."),
    (12, "Gwamnati ce ke ba da kuɗi kuma take jagorantar ƙungiyar 'yan sa-kai da ke kai samame kan fararen hula."),
    (13, "Hare-haren jiragen yaƙi sun faɗa kan asibiti da kasuwa, duk da cewa an yi musu alama a fili a matsayin wuraren fararen hula."),
    (13, "An harbe mayaƙan da aka kama nan take bayan sun riga sun miƙa wuya."),
    (13, "Bangarorin da ke yaki sun yi wa birnin kawanya, kuma suna hana abinci da magunguna isa ga fararen hula."),
    (14, "'Yan bindiga sun kai hari kan ayarin motocin agaji, suka kashe ma'aikatan jin ƙai biyu a kusa da sansanin 'yan gudun hijira."),
    (14, "Dakarun wanzar da zaman lafiya na Majalisar Ɗinkin Duniya sun fuskanci harbe-harbe yayin da suke sintiri a yankin da aka ware tsakanin ɓangarorin."),
    (14, "Hukumomi sun hana kungiyoyin agaji shiga yankin, kuma sun kwace kayan abincinsu."),
]

# 2. ACLED event types: (text, event_type)
HA_EVENTS: list[tuple[str, str]] = [
    ("Rahotanni daga garin Dankado sun ce an gwabza faɗa tsakanin sojoji da mayaƙan ƙungiyar ta'addanci a daren Talata, inda ɓangarorin biyu suka yi asarar rayuka.", "Battles"),
    ("Kungiyoyin yan bindiga biyu masu gaba da juna sun yi musayar wuta na tsawon sa'o'i a dajin Kurmin Gwaska, in ji mazauna yankin.", "Battles"),
    ("Wani jirgi mara matuƙi ya jefa bam kan wani sansanin 'yan bindiga kusa da ƙauyen Tungar Maliki, inda mutane shida suka mutu.", "Explosions/Remote violence"),
    ("Wata nakiya da aka binne a hanyar Gidan Bawale ta tashi da motar fasinja, ta kashe mutum uku ta kuma raunata wasu bakwai.", "Explosions/Remote violence"),
    ("'Yan bindiga sun kutsa ƙauyen Rafin Gora da tsakar dare, suka kashe mutum tara, suka kuma sace mata da yara fiye da ashirin.", "Violence against civilians"),
    ("Wasu mahara a kan babura sun bude wuta kan manoma a gonakinsu a Unguwar Tudun Kaya, mutum biyar sun rasa ransu.", "Violence against civilians"),
    ("Fusatattun matasa a garin Makerawa sun kona tayoyi a kan titi suna jifan 'yan sanda da duwatsu bayan wata mota ta kade wani dan achaba.", "Riots"),
    ("Wasu gungun jama'a a kasuwar Dan Kwairo sun yi wa wani da ake zargi da satar waya dukan tsiya har ya mutu kafin 'yan sanda su iso.", "Riots"),
    ("Ɗaruruwan mata sun yi tattaki cikin lumana a Birnin Zangama suna neman gwamnati ta ceto 'ya'yansu da aka sace.", "Protests"),
    ("Malaman makarantun firamare a jihar Gabasawa sun tsunduma yajin aiki na sai baba ta gani saboda rashin biyan albashi.", "Protests"),
    ("Jami'an tsaro sun kama mutum goma sha biyu da ake zargi da safarar makamai a kauyen Gidan Zakari.", "Strategic developments"),
    ("Shugabannin makiyaya da manoma na karamar hukumar Tsaunin Kura sun rattaba hannu kan yarjejeniyar zaman lafiya a fadar sarkin yankin.", "Strategic developments"),
]

# 3. Incitement: (is_incitement, social-media post)
HA_INCITEMENT: list[tuple[bool, str]] = [
    (True, "Wadannan mutanen kyankyasai ne kawai, lokaci ya yi da za mu share su daga garin nan gaba daya!!"),
    (True, "Ku 'yan kabilar Dakawa ku saurara: wallahi za mu gama da ku, babu ko daya daga cikinku da zai tsira."),
    (True, "Baƙin haure ciwon daji ne a jikin al'ummarmu. Idan ba mu yanke su yanzu ba, za su cinye mu baki ɗaya."),
    (True, "Matasa ku tashi ku dauki adduna, duk dan Gandawa da kuka gani a kasuwa gobe ku yanka shi, kada ku ji tausayi."),
    (True, "Beraye ne wadannan mutanen Ungwar Dutsi, suna cinye mana arziki. Sai mun tsarkake yankin nan daga gare su."),
    (True, "Muna ba ku kwana uku ku tattara ku bar garin nan ku da iyalanku, in ba haka ba za mu ƙona gidajenku da ku a ciki."),
    (True, "Kada a bar ko jariri ɗaya na wannan ƙabila da rai. Ƙarshensu ya zo, mu kore su daga ƙasarmu."),
    (True, "Macizai ne su, ko ka yi musu alheri sai sun sare ka. Hanya daya ce: a murkushe kawunansu tun kafin su girma."),
    (False, "LABARI: 'Yan bindiga sun kashe mutum 12 a ƙauyen Dangulbe ranar Lahadi, in ji rundunar 'yan sanda. Allah ya jikansu da rahama."),
    (False, "Yau mun kashe wani babban maciji a bayan dakin girki. Don Allah ku rika duba lungunan gidajenku da dare, musamman inda yara ke wasa."),
    (False, "Beraye sun cika mana rumbun hatsi, sun lalata buhunan masara biyu. Wa ya san maganin bera mai kyau?"),
    (False, "Ana sayar da maganin kwari da na kyankyasai a shagonmu na kasuwar Tudun Wanzami, farashi mai sauki. A kira wannan lamba."),
    (False, "Ranar Asabar mu fito kwanmu da kwarkwata mu kaɗa ƙuri'a. Ƙuri'arka ita ce muryarka, kada ka sayar da ita!"),
    (False, "Mu manoma da makiyaya 'yan uwan juna ne. Mu daina zubar da jini, mu zauna lafiya mu gina garinmu tare."),
    (False, "Muna Allah wadai da masu yada kalaman ƙiyayya a kafafen sada zumunta suna kiran wasu ƙabilu da sunayen dabbobi. Wannan ba addininmu ba ne."),
    (False, "Manoma ku kawar da ciyawar da ke makure dawa tun kafin ta yi iri, idan ba haka ba za ta cinye muku gona. Ku yi noma biyu kafin watan Agusta."),
]

# 4. Language detection: Hausa texts of varied length
HA_LANGUAGE: list[str] = [
    "Allah ya kiyaye.",
    "Ina kwana, yaya gida?",
    "Dalibai sun koma makaranta bayan hutun sallah.",
    "Ana sa ran ruwan sama mai yawa a yankunan arewa daga gobe zuwa jibi, in ji hukumar kula da yanayi.",
    "Farashin buhun shinkafa ya tashi zuwa naira dubu tamanin a kasuwar Bakin Rijiya.",
    "Salam, don Allah ka faɗa wa baba ba zan zo gida yau ba, hanya ta lalace.",
    "Yara da dama sun kamu da cutar kyanda a garin Kwanar Dinya, asibiti ya cika makil.",
    "Gwamnati ta sanar da rufe makarantu na tsawon mako biyu saboda tsananin zafi.",
    "'Yan bindiga sun sake kai hari jiya da dare, mutane sun gudu zuwa cikin gari.",
    "Mun gode Allah, damina ta yi kyau bana kuma amfanin gona ya yi yawa.",
    "Hukumar lafiya ta jihar ta bukaci iyaye su kai 'ya'yansu domin a yi musu rigakafin cutar shan inna.",
    "Kayan abinci sun yi tsada sosai a kasuwannin arewa, talakawa na kokawa, kuma masu sayarwa sun ce tsadar man fetur da rashin tsaro a hanyoyi ne suka jawo hauhawar farashin.",
]

# By another writer, who saw neither the lexicon nor the posts above.
HA_INCITEMENT_HELD_OUT: list[tuple[bool, str]] = [
    # True: calls to violence, threats, dehumanising speech against a group
    (True, "Wadannan mutanen Kauyen Dankarfe kyankyasai ne kawai, lokaci ya yi da za mu share su daga garin nan gaba daya."),
    (True, "Ku ɗauki adduna gobe ku yanka duk wani dan kabilar Bakwaro da kuka gani a kasuwar Tudun Sama. Kada ku bar ko ɗaya!"),
    (True, "'Yan gudun hijirar nan ɓeraye ne, suna cinye mana abinci da gidaje. Dole a fitar da su a ƙona sansaninsu kafin sallah."),
    (True, "Ku mutanen kudu ku saurara sosai: idan ba ku bar Garin Malamawa ba kafin Juma'a, za mu kona gidajenku da ku a ciki."),
    (True, "Kwarkwata ba ta barin jiki sai an murkushe ta. Haka wadannan arnan Unguwar Rimi suke, sai mun gama da su duka."),
    (True, "Mu tashi mu tsabtace Sabon Layi daga macizan nan 'yan waje, duk wanda muka kama a sare kansa ba tausayi."),
    (True, "Wannan kabila ta Dangoma cuta ce a jikin ƙasar nan kamar kansa. Dole a yanke ta a jefar kafin ta kashe mu duka."),
    (True, "Mutanen can ba mutane ba ne, kuraye ne. Matasa ku fito da makamai, ko mu kore su daga dajin Rafin Gora ko mu kashe su gaba daya."),
    # False: benign posts a keyword matcher might flag
    (False, "Labari: 'Yan bindiga sun kashe mutum goma sha biyu a kauyen Gidan Maza na karamar hukumar Dutsen Rumfa a daren Litinin, in ji rundunar 'yan sanda."),
    (False, "Kura ta shiga garken Malam Audu Kwarare jiya da dare ta kashe awaki uku. Mafarauta suna bin sawunta yanzu, Allah ya kiyaye."),
    (False, "An kashe wani babban maciji a ɗakin karatu na Makarantar Sakandaren Gwadabawa yau da safe, ba wanda ya ji rauni alhamdulillah."),
    (False, "Iyaye ku kula, kwarkwata ta bazu a ajin yara na Firamaren Yalwa. A yi wa yara aski a wanke musu kai da magani kafin Litinin."),
    (False, "Beraye sun cinye mana masara a rumbu duka. Wa ya san maganin ɓera mai kyau a kasuwar Dawanau? Ko tarko ya fi?"),
    (False, "Damina ta kama, a share ciyawa a gona kafin a shuka. Maganin kashe ciyawa ya yi tsada sosai bana, Allah ya kawo sauki."),
    (False, "Ranar Lahadi za mu murkushe Tauraron Arewa a filin wasa na Kofar Nasarawa, mu ci su uku babu! Magoya bayan Gwauron Dutse FC ku fito da yawa."),
    (False, "Wanda ya kira wata kabila kyankyasai a Facebook jiya ya yi babban kuskure. Mu guji kalaman ƙiyayya, mu zauna lafiya, kuma mu fito mu jefa ƙuri'a ranar Asabar."),
]
