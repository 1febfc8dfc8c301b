# ruff: noqa: E501  (one example sentence per line reads better than wrapped strings)
"""Swahili event-type and incitement examples, written as East African monitors and social-media
posts would put them, without sight of the Swahili cues and lexicon they test (the same rule
as for the risk-factor examples of :mod:`foa_examples_i18n`). Places and groups are invented.
"""

from __future__ import annotations

SW_EVENTS: list[tuple[str, str]] = [
    ("Wanajeshi walikabiliana kwa saa kadhaa na wapiganaji wa kundi la waasi nje ya mji wa Lukanga.", "Battles"),
    ("Jeshi limesema liliwaua waasi kumi na wawili katika mapigano yaliyodumu usiku kucha karibu na kijiji cha Mbarika.", "Battles"),
    ("Bomu lililotegwa kando ya barabara lililipuka wakati msafara wa kijeshi ulipokuwa ukipita karibu na Kigonge.", "Explosions/Remote violence"),
    ("Mtu asiyejulikana alirusha guruneti ndani ya baa moja mjini Tandomo na kuwajeruhi watu sita.", "Explosions/Remote violence"),
    ("Watu wenye silaha wasiojulikana waliwateka nyara wanakijiji watano wa Kabulonge usiku wa Jumanne.", "Violence against civilians"),
    ("Wanamgambo waliwaua kwa mapanga raia saba, wakiwemo wanawake na watoto, katika kijiji cha Mutembe.", "Violence against civilians"),
    ("Umati wa watu wenye hasira ulimpiga hadi kufa mshukiwa wa wizi katika soko la Mwembeni.", "Riots"),
    ("Vijana waliokuwa wakifanya fujo waliwarushia polisi mawe na kuchoma matairi barabarani katikati ya mji.", "Riots"),
    ("Mamia ya wafanyabiashara waliandamana kwa amani hadi ofisi za halmashauri kupinga ongezeko la ushuru.", "Protests"),
    ("Walimu wa shule za umma wameingia siku ya tatu ya mgomo wakidai malimbikizo ya mishahara yao.", "Protests"),
    ("Polisi wamewakamata watu kumi wanaoshukiwa kuhusika na ghasia za wiki iliyopita.", "Strategic developments"),
    ("Serikali na viongozi wa kundi la waasi wametia saini makubaliano ya amani mjini Bukanda.", "Strategic developments"),
]

SW_INCITEMENT: list[tuple[bool, str]] = [
    (True, "Haya madoadoa lazima yaondoke hapa kabla ya uchaguzi, la sivyo tutayaondoa sisi wenyewe."),
    (True, "Watu wa kabila lile ni mende tu, wakati umefika wa kuwaangamiza wote."),
    (True, "Hawa Wakuja ni kama magugu shambani, lazima tuwang'oe wote hadi mizizi."),
    (True, "Tuisafishe kaunti yetu! Wageni wote warudi walikotoka au wafe."),
    (True, "Hawa ni nyoka, na nyoka hupondwa kichwa. Msimwache hata mmoja wa kabila lile."),
    (True, "Ndugu zangu, noeni mapanga yenu; Jumapili tunawafuata wageni nyumba kwa nyumba."),
    (True, "Wakuja ni panya wanaokula mali yetu, tuwachome moto pamoja na nyumba zao."),
    (True, "Ujumbe kwa watu wa kabila lile: mkipiga kura vibaya hamtaona mwaka mpya, mtaondoka hapa kwa lazima."),
    (False, "Watu watano waliuawa jana katika mapigano ya kikabila kwenye kaunti jirani, polisi wamesema."),
    (False, "Sisi sote ni wamoja; tuishi kwa amani na majirani zetu bila kujali kabila wala dini."),
    (False, "Nyoka mkubwa aliingia jikoni kwetu leo asubuhi, tukawaita maafisa wa wanyamapori wamkamate."),
    (False, "Msimu huu magugu yamezidi shambani, natafuta vibarua wa kupalilia mahindi wiki ijayo."),
    (False, "Jitokezeni kwa wingi kupiga kura Jumanne, kila kura ina thamani!"),
    (False, "Dawa hii ya kuua mende imefanya kazi vizuri sana nyumbani kwetu, naipendekeza."),
    (False, "Wageni kutoka nchi jirani walikaribishwa kwa ngoma na chakula kwenye tamasha la utamaduni."),
    (False, "Tume ya haki za binadamu imelaani matamshi ya chuki yaliyotolewa na mwanasiasa mmoja kwenye mkutano wa hadhara."),
]
