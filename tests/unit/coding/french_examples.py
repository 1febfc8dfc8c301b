# ruff: noqa: E501
"""French field reports from the Sahel, Lake Chad, the Central African Republic and the eastern
DR Congo, as monitors and local contacts write them, six per ACLED event type (the type given
by the writer from the codebook's definitions). Written by a writer who had seen neither the
French cues nor any other example.

Blind, the keyword rules coded 29 of the 36 right, and a model trained on all 14,015 English
ACLED notes (with sentence vectors) 24: reports in a language the model did not learn from are
since left to the rules. The seven misses of the rules were then read and French cues added
(36 of 36).

``FR_EVENT_REPORTS_2``: a second writer's 48 reports (eight per type, also from Haiti, Togo,
Senegal, Guinea), written before those cues: the rules coded 39 right with the cues of the
time and 42 with the first set's (blind to both); the model of English notes 37. Its six misses
were then read (48 of 48).
"""

FR_EVENT_REPORTS: list[tuple[str, str]] = [
    # Battles
    ("Dans la matinée du 14 mars, des chasseurs dozos de Dan Na Ambassagou ont accroché une colonne de la katiba Macina du GSIM/JNIM près de Bankass. Les combats ont duré près de trois heures ; une dizaine de combattants auraient péri des deux côtés.", "Battles"),
    ("Slt, ça tire fort depuis 5h à Djibo entre les militaires et les HANI... les VDP sont venus en renfort, on entend les armes lourdes côté secteur 4. On reste à la maison.", "Battles"),
    ("Bulletin humanitaire Nord-Kivu : le 22 février, de violents affrontements ont opposé les FARDC aux rebelles du M23 autour de Sake, territoire de Masisi. Les rebelles se sont emparés de plusieurs collines avant d'être repoussés en fin de journée.", "Battles"),
    ("Ituri : le mardi 9 avril, des miliciens CODECO et des combattants du groupe Zaïre se sont affrontés pendant plusieurs heures à Djaiba, territoire de Djugu. Au moins 7 combattants seraient morts.", "Battles"),
    ("Centrafrique : les FACA, appuyées par leurs alliés russes, ont repris jeudi le contrôle de la ville de Bambouti après deux jours de combats contre des éléments de l'UPC membres de la CPC. Le bilan reste inconnu.", "Battles"),
    ("Lac Tchad : dans la nuit du 3 au 4 novembre, des combattants de Boko Haram ont attaqué la position de l'armée tchadienne à Barkaram. Les militaires ont riposté et mis en déroute les assaillants, laissant une vingtaine de morts sur le terrain selon l'état-major.", "Battles"),
    # Violence against civilians
    ("Le 11 juin, des hommes armés assimilés à l'EIGS ont fait irruption au marché hebdomadaire de Tillia (région de Tahoua) et ont exécuté 9 civils, pour la plupart des commerçants, avant de repartir à moto.", "Violence against civilians"),
    ("Info de Beni : les ADF ont encore massacré des gens cette nuit à Mayangose, on parle de 17 corps retrouvés tués à la machette, des femmes et des enfants parmi eux. La population a très peur.", "Violence against civilians"),
    ("Selon des témoignages recueillis par notre équipe, des VDP ont arrêté puis abattu au moins 14 hommes peuls dans le village de Zaongo (province du Namentenga) le 5 août. Les corps ont été abandonnés en brousse.", "Violence against civilians"),
    ("Ouham-Pendé : des anti-balaka ont enlevé six cultivateurs dans leurs champs près de Bocaranga lundi. Une rançon de 2 millions de FCFA est exigée aux familles.", "Violence against civilians"),
    ("Extrême-Nord du Cameroun : dans la nuit de dimanche, des insurgés de Boko Haram ont mis le feu à une trentaine de cases à Mozogo et égorgé quatre habitants qui tentaient de fuir. Les survivants ont trouvé refuge à Koza.", "Violence against civilians"),
    ("Territoire de Kalehe (Sud-Kivu) : au moins 11 femmes ont été violées par des combattants Nyatura le 2 mai alors qu'elles se rendaient au champ à Numbi. Elles ont été prises en charge par une clinique mobile.", "Violence against civilians"),
    # Explosions/Remote violence
    ("Un car de transport en commun a sauté sur un engin explosif improvisé vendredi sur l'axe Boulsa-Kaya ; le bilan provisoire fait état de 11 morts et de plusieurs blessés graves.", "Explosions/Remote violence"),
    ("Nord du Mali : les positions des FAMa à Tessalit ont été la cible de tirs d'obus et de roquettes dans la soirée du 29 octobre. L'attaque a été revendiquée par le GSIM ; aucun bilan officiel.", "Explosions/Remote violence"),
    ("Frappe de drone de l'armée ce matin vers Dinangourou sur un rassemblement présumé de terroristes. Les gens du village disent qu'au moins 8 civils qui assistaient à un mariage sont parmi les morts.", "Explosions/Remote violence"),
    ("Nord-Kivu : des bombes tirées depuis les positions du M23 sont tombées mardi sur le camp de déplacés de Mugunga, près de Goma, tuant 9 personnes dont des enfants.", "Explosions/Remote violence"),
    ("Une kamikaze s'est fait exploser au marché de Kolofata samedi matin, faisant 5 morts et une dizaine de blessés selon une source sécuritaire à Maroua.", "Explosions/Remote violence"),
    ("Préfecture de l'Ouham-Pendé : une moto-taxi a heurté une mine antipersonnel sur la piste entre Koui et Bocaranga mercredi. Le conducteur et son passager ont été tués sur le coup.", "Explosions/Remote violence"),
    # Riots
    ("Butembo : un présumé voleur de motos a été lynché puis brûlé vif par une foule en colère au quartier Vulindi jeudi soir, avant l'arrivée de la police. Encore un cas de vindicte populaire.", "Riots"),
    ("Bunia ce matin : des jeunes ont érigé des barricades, brûlé des pneus et jeté des pierres sur les policiers après le meurtre d'un taxi-moto. La police a tiré en l'air, 3 blessés.", "Riots"),
    ("N'Djamena, 20 octobre : des manifestants de l'opposition ont saccagé des stations-service et affronté les forces de l'ordre dans les quartiers de Moursal et Chagoua ; plusieurs bâtiments publics ont été incendiés.", "Riots"),
    ("À Dori, samedi, des habitants ont pris d'assaut le commissariat de police et l'ont réduit en cendres après la mort d'un jeune en garde à vue.", "Riots"),
    ("Bambari : une femme âgée accusée d'être une sorcière a été battue à mort par des riverains du quartier Kidjigra dimanche. La gendarmerie n'a pu récupérer que le corps.", "Riots"),
    ("Zinder : des élèves en colère ont caillassé des véhicules et mis à sac le siège de la mairie pour protester contre le meurtre d'une camarade. Plusieurs arrestations ont suivi.", "Riots"),
    # Protests
    ("Bamako : plusieurs centaines de femmes de militaires ont tenu un sit-in pacifique devant le camp de Kati vendredi pour réclamer des nouvelles de leurs maris portés disparus.", "Protests"),
    ("Goma : journée ville morte ce lundi à l'appel de la société civile pour dénoncer l'insécurité. Boutiques fermées, pas de motos, calme total.", "Protests"),
    ("Yaoundé : les enseignants du mouvement « On a trop supporté » (OTS) ont entamé une grève illimitée lundi pour exiger le paiement de leurs arriérés. Les cours sont suspendus dans de nombreux lycées.", "Protests"),
    ("Niamey : des milliers de personnes ont marché pacifiquement dimanche du rond-point Escadrille à la place de la Concertation pour exiger le départ des forces étrangères du Niger.", "Protests"),
    ("Bangui : une marche des étudiants de l'Université de Bangui vers la primature a été dispersée au gaz lacrymogène mercredi ; les manifestants, qui scandaient des slogans sans violence, réclamaient le paiement des bourses.", "Protests"),
    ("Moundou : les commerçants du grand marché ont baissé les rideaux mardi pour protester contre la hausse des taxes municipales. Un mémorandum a été remis au maire.", "Protests"),
    # Strategic developments
    ("Ouagadougou : un journaliste d'une radio communautaire a été interpellé à son domicile mardi soir par des individus se présentant comme des agents de l'ANR. Sa famille est sans nouvelles.", "Strategic developments"),
    ("Le gouverneur de la région de Diffa a instauré un couvre-feu de 20h à 6h et interdit la circulation des motos dans les départements de Bosso et N'Guigmi jusqu'à nouvel ordre.", "Strategic developments"),
    ("Ménaka : depuis une semaine, des centaines de familles ont quitté les villages autour d'Andéramboukane pour rejoindre la ville, fuyant la pression de l'EIGS. Les besoins en abris sont énormes.", "Strategic developments"),
    ("Bunia : les représentants de plusieurs factions CODECO ont signé jeudi un acte d'engagement unilatéral de cessation des hostilités, en présence des autorités provinciales de l'Ituri.", "Strategic developments"),
    ("Les M23 sont entrés sans combat dans la cité de Rubaya ce matin, les FARDC et les Wazalendo s'étaient retirés la veille. Ils ont déjà installé un nouveau chef de poste.", "Strategic developments"),
    ("Kousseri : les forces de défense ont découvert une cache d'armes contenant douze AK-47, des munitions et des détonateurs dans une maison abandonnée, à la suite d'un renseignement.", "Strategic developments"),
]

FR_EVENT_REPORTS_2: list[tuple[str, str]] = [
    # Battles
    ("Selon des sources locales, des éléments du JNIM ont attaqué le détachement militaire de Djibo dans la matinée du 12 mars. Les combats avec les soldats et les VDP ont duré plusieurs heures avant que les assaillants ne se replient vers la frontière malienne.", "Battles"),
    ("Bonsoir, ici à Kaya ça tire depuis ce matin du côté de Pissila. Les militaires et les terroristes s'affrontent à l'entrée du village, on entend des armes lourdes, tout le monde reste enfermé.", "Battles"),
    ("Des accrochages ont opposé jeudi les Forces armées nigériennes à des combattants de l'EIGS près de Tillabéri. D'après le ministère de la Défense, une dizaine d'assaillants ont été neutralisés et quatre soldats blessés.", "Battles"),
    ("Les Wazalendo et les rebelles du M23 se sont violemment battus lundi dans le groupement de Kibumba, territoire de Nyiragongo. Des tirs nourris ont été entendus jusqu'à Goma, selon la société civile locale.", "Battles"),
    ("Une patrouille de la Police nationale d'Haïti a essuyé des tirs de membres du gang 5 Segonn à Village de Dieu ; les échanges de feu se sont poursuivis pendant près de trois heures, a indiqué le porte-parole de la PNH.", "Battles"),
    ("Les rebelles de la CPC se sont emparés par la force de la sous-préfecture de Markounda après avoir chassé les FACA, qui ont engagé une contre-offensive deux jours plus tard avec l'appui de leurs alliés russes.", "Battles"),
    ("Des miliciens de la CODECO et des combattants du groupe Zaïre se sont livré de violents combats dans la chefferie des Bahema Nord, en Ituri. Au moins six combattants ont péri des deux côtés, selon un notable de Djugu.", "Battles"),
    ("Les FAMa ont repris samedi le contrôle de Léré au terme d'une offensive contre les jihadistes qui occupaient la commune depuis une semaine, rapporte un élu local joint par téléphone.", "Battles"),
    # Violence against civilians
    ("Des hommes armés non identifiés ont exécuté onze civils, dont trois femmes, dans le village de Seytenga (province du Séno). Les victimes avaient été rassemblées devant la mosquée avant d'être abattues, selon des rescapés.", "Violence against civilians"),
    ("Le gang Gran Grif a massacré au moins vingt habitants à Pont-Sondé dans la nuit, incendiant des maisons alors que des familles s'y trouvaient encore, rapporte le RNDDH.", "Violence against civilians"),
    ("Les ADF ont tué à la machette une quinzaine de villageois à Mangina, territoire de Beni, d'après la coordination de la société civile. Plusieurs habitations ont aussi été brûlées.", "Violence against civilians"),
    ("Slt, deux commerçants enlevés hier soir sur l'axe Garoua-Touboro par des coupeurs de route. Les ravisseurs réclament cinq millions de FCFA de rançon aux familles.", "Violence against civilians"),
    ("Une mission de la MINUSCA a documenté des viols commis par des soldats contre des femmes déplacées à Ndélé, dans la préfecture de Bamingui-Bangoran, au cours du mois écoulé.", "Violence against civilians"),
    ("Un militant de l'opposition a été torturé puis laissé pour mort par des Imbonerakure dans la commune de Mugina, province de Cibitoke, selon l'organisation SOS-Torture Burundi.", "Violence against civilians"),
    ("Des éléments armés ont ouvert le feu sur un site de déplacés à proximité de Ménaka, faisant sept morts parmi les personnes qui y avaient trouvé refuge, dont trois enfants.", "Violence against civilians"),
    ("Au Tchad, des assaillants venus à cheval ont surpris des cultivateurs dans leurs champs près de Mangalmé ; quatre paysans ont été égorgés, a confirmé le préfet du département.", "Violence against civilians"),
    # Explosions/Remote violence
    ("Un véhicule de l'armée a sauté sur un engin explosif improvisé entre Gorom-Gorom et Markoye, tuant trois soldats, selon une source sécuritaire.", "Explosions/Remote violence"),
    ("Frappe de drone de l'armée malienne sur un marché hebdomadaire à Amasrakad, région de Gao : plusieurs victimes civiles signalées par des notables de la zone.", "Explosions/Remote violence"),
    ("Les positions des FARDC à Sake ont été pilonnées à l'artillerie lourde par le M23 tout au long de la journée de mardi ; des obus sont tombés sur des quartiers résidentiels.", "Explosions/Remote violence"),
    ("Une kamikaze s'est fait exploser dans le marché de Mora, dans l'Extrême-Nord du Cameroun, faisant cinq morts et une vingtaine de blessés, selon les autorités administratives.", "Explosions/Remote violence"),
    ("Une grenade a été lancée contre un bar du quartier Kamenge, à Bujumbura, dans la soirée de samedi, blessant une dizaine de clients, a confirmé la police.", "Explosions/Remote violence"),
    ("Deux gardes forestiers ont péri lorsque leur moto a heurté une mine artisanale dans le parc W, au nord du Bénin, indique un communiqué de la direction du parc.", "Explosions/Remote violence"),
    ("L'aviation tchadienne a bombardé des positions de Boko Haram sur les îles du lac Tchad, près de Ngouboua, revendiquant la destruction de plusieurs embarcations.", "Explosions/Remote violence"),
    ("Bonjour, on nous signale la détonation d'un EEI au passage d'une patrouille près de Dapaong, région des Savanes. Bilan provisoire : deux militaires blessés.", "Explosions/Remote violence"),
    # Riots
    ("À Conakry, des jeunes de l'axe Hamdallaye-Bambeto ont érigé des barricades et brûlé des pneus, lançant des pierres sur les forces de l'ordre en marge d'une manifestation de l'opposition.", "Riots"),
    ("Des manifestants en colère ont saccagé et incendié une station-service et des agences bancaires à Ziguinchor après l'annonce de la condamnation de leur leader.", "Riots"),
    ("Un présumé voleur de moto a été battu à mort par une foule à Butembo ; la police, arrivée tardivement, n'a pu que constater le décès. La vindicte populaire se multiplie dans la ville.", "Riots"),
    ("Justice populaire à Delmas : trois individus soupçonnés d'appartenir à un gang ont été lapidés puis brûlés par des riverains, dans le cadre du mouvement Bwa Kale.", "Riots"),
    ("Des habitants de Bouaflé ont pris d'assaut le commissariat de police pour exiger la libération d'un jeune détenu ; les vitres ont été brisées et un véhicule de service incendié.", "Riots"),
    ("Des étudiants de l'Université de Lomé ont affronté les forces de l'ordre à coups de cailloux pour dénoncer la hausse des frais d'inscription ; plusieurs blessés sont signalés.", "Riots"),
    ("Accusée de sorcellerie, une vieille femme a été rouée de coups par une foule puis chassée de son village près de Koudougou, selon une association de défense des droits humains.", "Riots"),
    ("À Niamey, des émeutiers ont mis à sac le domicile d'un député après la mort d'un conducteur de taxi-moto renversé par son véhicule, a-t-on appris de sources concordantes.", "Riots"),
    # Protests
    ("Journée ville morte à Bukavu ce lundi à l'appel de la société civile pour dénoncer l'insécurité : boutiques fermées, rues désertes, aucun incident signalé.", "Protests"),
    ("Une centaine de femmes ont observé un sit-in devant le gouvernorat de Mopti pour réclamer la réouverture de la route Bandiagara-Sévaré.", "Protests"),
    ("Les enseignants du moyen-secondaire ont entamé mardi une grève de 72 heures à l'appel du G7 pour exiger le respect des accords signés avec le gouvernement sénégalais.", "Protests"),
    ("Des centaines de personnes ont marché pacifiquement de Pétion-Ville jusqu'à la Primature pour exiger le départ du Premier ministre ; la police a dispersé le cortège à l'aide de gaz lacrymogènes.", "Protests"),
    ("Une marche blanche a été organisée à Bamenda en mémoire de l'enseignant tué la semaine dernière ; les participants, vêtus de blanc, ont déposé des fleurs devant l'école.", "Protests"),
    ("Des militants de la société civile se sont rassemblés place de la Nation à Ouagadougou en soutien à la transition, brandissant drapeaux et pancartes.", "Protests"),
    ("Les commerçants du grand marché de N'Djamena ont baissé leurs rideaux pour protester contre la nouvelle taxe municipale, rapporte notre correspondant.", "Protests"),
    ("Le collectif des déguerpis de Gesco, à Abidjan, a remis une pétition au ministère de la Construction après un rassemblement calme devant ses locaux.", "Protests"),
    # Strategic developments
    ("Un journaliste d'une radio communautaire a été interpellé à Kankan par des hommes en tenue et conduit vers une destination inconnue, selon le Syndicat des professionnels de la presse de Guinée.", "Strategic developments"),
    ("Le gouverneur de la région de l'Est a décrété un couvre-feu de 19h à 6h dans la ville de Fada N'Gourma jusqu'à nouvel ordre.", "Strategic developments"),
    ("Des combattants du JNIM sont entrés à Boni sans rencontrer de résistance ; ils ont prêché à la mosquée puis sont repartis vers la brousse, relatent des habitants.", "Strategic developments"),
    ("La gendarmerie béninoise a découvert une cache d'armes contenant des kalachnikovs et plusieurs caisses de munitions dans une forêt près de Karimama.", "Strategic developments"),
    ("Le gouvernement centrafricain et deux groupes armés, l'UPC et le 3R, ont signé à N'Djamena un accord prévoyant leur dissolution et le désarmement de leurs combattants.", "Strategic developments"),
    ("Plus de 15 000 personnes ont fui les villages autour de Rutshuru ces derniers jours pour se réfugier à Kanyaruchinya, selon OCHA.", "Strategic developments"),
    ("Des hommes armés ont pillé les entrepôts du PAM à Kaga-Bandoro pendant la nuit, emportant des centaines de sacs de riz ; aucun blessé n'a été signalé.", "Strategic developments"),
    ("Le ministre de l'Intérieur a interdit toute manifestation sur la voie publique à Niamey pour une durée de trois mois, invoquant le contexte sécuritaire.", "Strategic developments"),
]

# Incitement in French posts from the Sahel and Central Africa: calls, threats and likenings
# against a group (text, the group as written), and posts that come close without being
# incitement (reports of massacres, counter-speech quoting slurs, calls to vote a government
# out, pest control, a song). The first writer's: blind, 14 of 24 posts flagged (8 with the
# group right) and 7 of 24 look-alikes; after its misses were read, 24, 23 and 0. The second
# writer's, written before any of those changes: blind 16 of 30 (9 groups) and 5 of 30 at
# first, **25 of 30 (23 groups) and 2 of 30** with the first set's changes; after its own
# misses were read, 29 (27) and 0.
FR_POSTS: list[tuple[str, str]] = [
    ("Tuez-les tous, ces Peuls ne méritent pas de vivre sur notre terre.", "Peuls"),
    ("Il faut exterminer les Banyamulenge jusqu'au dernier, pas un seul ne doit rester au Sud-Kivu.", "Banyamulenge"),
    ("Les Tutsi sont des cafards, on va les écraser un par un.", "Tutsi"),
    ("Mort aux Anglophones ! Brûlez leurs villages avant qu'ils nous envahissent.", "Anglophones"),
    ("ces foulbé c des serpents il faut leur couper la tete avant ki mordent", "foulbé"),
    ("Les Mossi doivent quitter la région ou mourir, on va nettoyer le pays.", "Mossi"),
    ("Les musulmans sont une maladie pour la Centrafrique, il faut balayer tt ça une bonne fois.", "musulmans"),
    ("on va dégager ts les Nordistes d'Abidjan, ceux ki restent on les brule", "Nordistes"),
    ("Les chrétiens sont des chiens, chaque village chrétien doit être brûlé.", "chrétiens"),
    ("Les Lendu sont des parasites, le jour venu il faut tous les massacrer.", "Lendu"),
    ("Hema = microbes. Faut désinfecter l'Ituri, pas de pitié.", "Hema"),
    ("Les Haoussa sont des rats, chassez-les et tuez ceux qui résistent.", "Haoussa"),
    ("kanouri c tous des complices, faut les eliminer tous femmes et enfants compris", "kanouri"),
    ("Les étrangers ont jusqu'à dimanche pour partir, sinon on va les égorger comme des moutons.", "étrangers"),
    ("Fulani = terroristes de naissance, walahi faut les finir tous", "Fulani"),
    ("Les Dogon sont des sauvages, qu'on brûle leurs greniers et leurs familles avec.", "Dogon"),
    ("Les Bambara sont des hyènes, il faut les abattre avant la saison des pluies.", "Bambara"),
    ("Pas un seul Peul ne doit rester à Djibo, balayez-les tous.", "Peul"),
    ("Les Malinké doivent être chassés de Guinée, mort à cette vermine.", "Malinké"),
    ("les peulhs sont des poux ki sucent le pays, on va les ecraser ke ca plaise ou non", "peulhs"),
    ("Ces Bamiléké sont des sangsues, faut les renvoyer à l'Ouest à coups de machette.", "Bamiléké"),
    ("Ba Rwandais ni banyoka (serpents), chaque famille doit en tuer un, tt le monde au travail.", "Rwandais"),
    ("Les Soussou on va leur faire ce qu'on fait aux cafards : insecticide et feu.", "Soussou"),
    ("Touaregs = chacals du désert. Il faut les exterminer jusqu'au dernier.", "Touaregs"),
]

FR_LOOKALIKES: list[str] = [
    "Des hommes armés ont tué 20 Peuls dans un village près de Djibo, selon des sources locales.",
    "Traiter les Peuls de serpents est inacceptable, c'est exactement ainsi que commencent les massacres.",
    "Ceux qui disent que les Tutsi sont des cafards répètent la propagande de 1994. Signalez ces messages.",
    "Nous appelons toutes les communautés de l'Ituri, Hema comme Lendu, à déposer les armes et à dialoguer.",
    "Il faut arrêter et juger les auteurs du massacre de Solenzo, quelle que soit leur ethnie.",
    "Ce défenseur est un vrai chien sur le terrain, il a tué l'attaque adverse tout le match !",
    "Il faut tuer les rats du grenier avant qu'ils mangent tout le mil, mets du poison ce soir.",
    "Communiqué : les forces armées ont neutralisé une quinzaine de terroristes lors d'une opération dans la zone des trois frontières.",
    "En 2025 il faut dégager ce gouvernement par les urnes, allez tous voter !",
    "Le serpent qui veut mordre ne montre pas ses dents, dit le proverbe. Méfie-toi des faux amis.",
    "Les Banyamulenge sont nos frères congolais, stop aux discours de haine contre eux.",
    "HRW rapporte que des miliciens ont incendié trois villages dogon et tué des civils, une enquête est demandée.",
    "ton président là c un incapable, il doit démissionner ke ca plaise ou non",
    "Musulmans et chrétiens ont prié ensemble à Bangui pour la paix et la réconciliation.",
    "Le chanteur dit « on va tout brûler ce soir » mais c'est juste pour dire que le concert sera chaud.",
    "Les moustiques sont une vraie plaie, il faut exterminer leurs larves en vidant les eaux stagnantes.",
    "Le tribunal a condamné trois hommes pour avoir appelé à chasser les Anglophones sur Facebook.",
    "L'armée a annoncé avoir balayé une base jihadiste dans la forêt ; des ONG demandent la protection des civils.",
    "Arrêtez de dire que les Mossi ou les Peuls sont des ennemis, on est tous Burkinabè.",
    "Le Onze national a écrasé les Éléphants 3-0, on les a balayés comme des cafards ce soir lol",
    "Des déplacés haoussa et kanouri racontent avoir fui les attaques de Boko Haram ; l'ONU alerte sur la crise.",
    "tes un serpent toi Moussa, tu ma vendu devant le chef, je te parle plus",
    "Il faut nettoyer le quartier ce samedi : salubrité, ramassage des ordures et curage des caniveaux.",
    "Le journaliste a cité un message disant « mort aux étrangers » pour montrer la montée de la xénophobie à Conakry.",
]

FR_POSTS_2: list[tuple[str, str]] = [
    ("Chassez les Peuls de nos villages avant la saison des pluies, ce sont tous des complices des terroristes.", "Peuls"),
    ("Ces cafards tutsi ont trop duré, il faudra finir le travail cette fois.", "tutsi"),
    ("tt les peulh c des serpents, ki les laisse vivre sera mordu #BurkinaDebout", "peulh"),
    ("Dogon, vos jours sont comptés. Aucun d'entre vous ne doit survivre à cette saison.", "Dogon"),
    ("Brûlez leurs cases, chassez-les jusqu'à la frontière, ces Touareg ne sont pas chez eux.", "Touareg"),
    ("Les Arabes sont des sangsues qui sucent le Tchad, qu'on les élimine un par un.", "Arabes"),
    ("Les Zaghawa doivent disparaître de N'Djamena, on ira les déloger maison par maison.", "Zaghawa"),
    ("Mbi tene na ala: les musulmans de Bangui sont des chiens, il faut les égorger avant qu'ils nous égorgent.", "musulmans"),
    ("Ces chrétiens sont des porcs, nous allons les massacrer jusqu'au dernier.", "chrétiens"),
    ("Banyamulenge bazali banyama, ce sont des bêtes, qu'ils rentrent au Rwanda ou qu'ils meurent ici.", "Banyamulenge"),
    ("Les Hema sont le cancer de l'Ituri, on doit les découper avant qu'ils se propagent.", "Hema"),
    ("Lendu = microbes. Nettoyez Djugu de cette saleté, pas de pitié.", "Lendu"),
    ("Les Nande de Butembo vont tous payer, on va brûler leurs magasins avec eux dedans.", "Nande"),
    ("A bas les Baluba! Dehors du Katanga, sinon on les jette dans le fleuve.", "Baluba"),
    ("Les Bamiléké sont des rats qui ont tout pris, il faudrait les exterminer pr que le pays respire.", "Bamiléké"),
    ("Ambazoniens = cafards. Égorgez-les, pas un seul ne doit rester à Bamenda.", "Ambazoniens"),
    ("Les Anglophones méritent de mourir, tous sans exception.", "Anglophones"),
    ("Dehors les allogènes! Ces étrangers ki volent nos terres, on va les balayer de l'ouest.", "allogènes"),
    ("Les Dioula sont des hyènes, le jour venu décapitez-les sans hésiter.", "Dioula"),
    ("Malinké yé sous-hommes, on doit les finir avant les élections.", "Malinké"),
    ("Les Peulhs de Guinée sont des parasites, qu'on les renvoie au Fouta ou qu'on les tue.", "Peulhs de Guinée"),
    ("Hutu génocidaires tous, aucun ne doit survivre, vengeance totale #Burundi", "Hutu"),
    ("Ces Haoussa c koi? des vermines. Ke chaque quartier les chasse à coups de machette.", "Haoussa"),
    ("Les Kanouri sont tous Boko Haram, il faut raser leurs villages et tuer leurs hommes.", "Kanouri"),
    ("Les Gbaya sont des singes, nous allons les exterminer de Bouar à Berbérati.", "Gbaya"),
    ("Les Mossi se croient les maîtres du pays, bientôt on les égorgera comme des moutons, wallahi.", "Mossi"),
    ("Les Bambara nous massacrent depuis des années, on ira tuer jusqu'au dernier Bambara de Ségou.", "Bambara"),
    ("Songhaï, vous avez choisi le camp des jihadistes, vous allez tous payer, vos familles avec.", "Songhaï"),
    ("Les Nordistes sont des bêtes sauvages, repoussez-les au-delà du Bandama et brûlez ce qui reste.", "Nordistes"),
    ("Sudistes = chiens. Nettoyons N'Djamena de cette race une fois pour toutes.", "Sudistes"),
]

FR_LOOKALIKES_2: list[str] = [
    "Des assaillants non identifiés ont tué 12 Peuls à Djibo dans la nuit de samedi, selon des sources locales.",
    "Dire que les Tutsi sont des cafards, c'est exactement le discours de la RTLM en 1994. Ne laissons pas revenir ça.",
    "Nous exigeons que les auteurs du massacre d'Ogossagou soient arrêtés et jugés.",
    "Les FAMa ont neutralisé 15 terroristes lors d'une opération dans le cercle de Ménaka, selon l'état-major.",
    "Dimanche on va les écraser, les Lions indomptables n'ont aucune chance face aux Léopards! #CAN",
    "Il faut exterminer les moustiques avant la saison des pluies: videz les eaux stagnantes.",
    "Demain matin tt le quartier se mobilise pr nettoyer le marché d'Adjamé, venez avec vos balais.",
    "On va égorger le mouton de la Tabaski chez tonton, tout le monde est invité.",
    "Ce concert de Fally Ipupa va tout brûler à Kinshasa samedi!!",
    "Dégageons ce régime aux urnes le 28, votez massivement.",
    "Peuls, Dogon, Bambara: nous sommes un seul peuple. Non à la haine, oui au vivre-ensemble.",
    "Ce ministre est un vrai serpent, il a menti sur tout le budget.",
    "HRW documente des exécutions sommaires de civils peuls par des miliciens; une enquête indépendante s'impose.",
    "Ceux qui traitent les Bamiléké de rats sur Facebook doivent être poursuivis pour incitation à la haine.",
    "Le procès des responsables des tueries de Beni s'ouvre lundi devant la cour militaire opérationnelle.",
    "Traiter les Banyamulenge de bêtes comme le fait ce député est inacceptable, la CENCO appelle au calme.",
    "Le cultivateur doit brûler les herbes sèches et chasser les criquets avant le semis.",
    "Les rats ont envahi le grenier, il faut les éliminer avec des pièges, pas de poison près des enfants.",
    "Mon voisin est un vrai porc, il jette ses ordures devant ma porte tous les jours.",
    "Rapport de l'ONU: 40 civils musulmans tués à Bangassou, la MINUSCA renforce ses patrouilles.",
    "Anglophones et francophones, rejetons ceux qui veulent nous diviser. Le Cameroun est un, dialogue maintenant!",
    "L'armée tchadienne annonce avoir détruit une base de Boko Haram sur les îles du lac, 30 combattants neutralisés.",
    "Match Horoya-Hafia ce soir: on va les balayer 3-0, les supporters du Hafia peuvent rester chez eux 😂",
    "Au Burundi, des appels à finir le travail ont précédé les massacres de 1972 et 1993; souvenons-nous pour que ça ne recommence jamais.",
    "Les femmes du marché de Niamey ont balayé les déchets et désinfecté les étals contre le choléra.",
    "Touareg et Songhaï de Gao ont signé hier un pacte de non-agression sous l'égide des chefs coutumiers.",
    "Ce candidat est un cancer pour la démocratie, il faut le battre dans les urnes.",
    "Il faut nettoyer nos réseaux sociaux des messages qui appellent au meurtre des Hema ou des Lendu: signalez-les.",
    "À Conakry, des jeunes malinké et peulh ont joué un match de foot pour la paix ce week-end.",
    "Recette: découper le poulet en morceaux, le faire mariner puis le griller sur la braise pour le braisé.",
]
