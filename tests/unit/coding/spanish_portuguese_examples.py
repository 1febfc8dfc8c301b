# ruff: noqa: E501
"""Field reports in Portuguese (Mozambique's Cabo Delgado, Angola, Guinea-Bissau, Brazil) and
Spanish (Colombia, Venezuela, Central America, Mexico), six per ACLED event type, the type
given by the writer from the codebook's definitions. Each set by a writer who had seen neither
the cues nor any other example. Blind, the keyword rules coded 23 of the 36 Portuguese and 22
of the 36 Spanish reports right; after their misses were read and cues added, 36 and 36.

``PT_EVENT_REPORTS_2`` and ``ES_EVENT_REPORTS_2``: a third writer's 30 and 30 (five per type,
also Brazil's favelas, Timor-Leste, Ecuador, Peru, Bolivia), written before those cues: blind,
17 and 19 right with the cues of the time, **27 and 24** with the first sets'; after their own
misses were read, 30 and 29.
"""

PT_EVENT_REPORTS: list[tuple[str, str]] = [
    # Battles
    ("Na madrugada de 12 de Março, forças das FDS e insurgentes trocaram tiros durante cerca de três horas nos arredores de Mocímboa da Praia. Fontes locais falam de pelo menos quatro combatentes mortos do lado dos machababos.", "Battles"),
    ("Boletim: em 24 de Março de 2021, grupos armados tomaram a vila de Palma após intensos combates com as forças de defesa e segurança, que acabaram por recuar para a zona de Afungi.", "Battles"),
    ("Irmão, ontem sexta-feira houve confronto forte entre tropas ruandesas e al-Shabaab na estrada Awasse-Diaca, em Mocímboa. Ouvimos metralhadoras desde as 14h até ao anoitecer.", "Battles"),
    ("Militares da SAMIM enfrentaram um grupo de insurgentes na aldeia de Chai, distrito de Macomia, no domingo, 7 de Agosto. Segundo o comando, seis rebeldes foram abatidos e duas armas AK-47 recuperadas.", "Battles"),
    ("A sede distrital de Muidumbe foi reconquistada pelo exército moçambicano na terça-feira, depois de dois dias de combates com os insurgentes que a ocupavam desde Outubro.", "Battles"),
    ("Na quarta-feira à noite, agentes da Polícia Militar travaram um tiroteio com traficantes armados no Complexo da Maré, no Rio de Janeiro; dois suspeitos e um policial ficaram feridos.", "Battles"),
    # Violence against civilians
    ("Seis camponeses foram decapitados por insurgentes numa machamba do distrito de Ancuabe, na manhã de 3 de Junho. Os corpos foram encontrados pelos familiares ao fim do dia.", "Violence against civilians"),
    ("Relatório da paróquia: na noite de sábado, homens armados raptaram duas adolescentes e uma mulher grávida numa aldeia de Meluco. Até hoje não há notícias delas.", "Violence against civilians"),
    ("Ontem à noite machababos chegaram numa aldeia de Nangade e queimaram casas com pessoas dentro, pelo menos 3 idosos morreram carbonizados. O povo está todo a fugir pro mato.", "Violence against civilians"),
    ("Na segunda-feira, 14 de Fevereiro, insurgentes atacaram um centro de deslocados em Metuge, matando a tiro dois homens e ferindo uma criança que tentava escapar.", "Violence against civilians"),
    ("Durante uma operação policial em Cafunfo, Lunda Norte, agentes da Polícia Nacional executaram sumariamente três jovens garimpeiros desarmados na quinta-feira, segundo denúncia de activistas locais.", "Violence against civilians"),
    ("Três mulheres deslocadas em Chiúre relataram à nossa equipa que foram abusadas sexualmente por homens armados quando regressavam da recolha de lenha, na quinta-feira, 9 de Novembro.", "Violence against civilians"),
    # Explosions/Remote violence
    ("Uma mina terrestre explodiu à passagem de uma viatura militar na estrada Mueda-Awasse, no sábado, 18 de Junho, matando dois soldados e ferindo outros três.", "Explosions/Remote violence"),
    ("Helicópteros de uma empresa militar privada bombardearam posições insurgentes nas matas de Quissanga na terça-feira, de acordo com fontes militares em Pemba.", "Explosions/Remote violence"),
    ("Gente, hoje de manhã rebentou um engenho explosivo improvisado perto do mercado de Mocímboa da Praia, há pelo menos um morto e vários feridos.", "Explosions/Remote violence"),
    ("Boletim semanal: em 2 de Setembro, um artefacto explosivo improvisado (IED) detonou durante a passagem de uma patrulha ruandesa perto de Palma, sem vítimas mortais.", "Explosions/Remote violence"),
    ("No domingo à noite, desconhecidos arremessaram uma granada contra a sede de um partido da oposição no Cazenga, em Luanda, ferindo dois militantes.", "Explosions/Remote violence"),
    ("Na quinta-feira, tropas posicionadas em Macomia dispararam morteiros contra uma base insurgente na zona costeira de Mucojo; populares relatam estrondos durante toda a tarde.", "Explosions/Remote violence"),
    # Riots
    ("Na segunda-feira, 7 de Novembro, manifestantes ergueram barricadas e queimaram pneus na Avenida Eduardo Mondlane, em Maputo, apedrejando viaturas da polícia, que respondeu com gás lacrimogéneo.", "Riots"),
    ("Em Montepuez, populares fizeram justiça pelas próprias mãos no sábado, espancando até à morte um jovem acusado de roubar uma motorizada num bairro periférico.", "Riots"),
    ("Ontem em Nampula uma multidão furiosa atacou a esquadra da PRM no bairro de Namutequeliua depois que um detido morreu. Partiram vidros e incendiaram uma viatura.", "Riots"),
    ("Um idoso acusado de ser feiticeiro foi linchado por moradores em Mecanhelas, Niassa, na quarta-feira, 15 de Maio; a sua casa também foi reduzida a cinzas pela turba.", "Riots"),
    ("Durante o protesto contra a subida do preço dos táxis em Luanda, na segunda-feira, jovens saquearam lojas e montaram barricadas nas ruas de Viana.", "Riots"),
    ("Em Bissau, apoiantes de um candidato derrotado atiraram pedras contra os agentes e incendiaram pneus junto à sede da Comissão Nacional de Eleições, na sexta-feira à tarde.", "Riots"),
    # Protests
    ("Centenas de professores marcharam pacificamente pelas ruas de Pemba na quinta-feira, 3 de Agosto, exigindo o pagamento de horas extraordinárias em atraso.", "Protests"),
    ("Moradores de vários bairros de Maputo realizaram um panelaço na noite de domingo contra o custo de vida; não houve registo de incidentes.", "Protests"),
    ("Em Luanda, no sábado, 12 de Agosto, activistas concentraram-se no Largo da Independência contra a nova lei sobre vandalismo; a polícia dispersou o grupo sem causar feridos.", "Protests"),
    ("Uma vigília com velas organizada pela diocese de Pemba na terça-feira lembrou as vítimas do conflito em Cabo Delgado; cerca de 300 fiéis participaram em silêncio.", "Protests"),
    ("Os técnicos de saúde de Bissau entraram em greve de três dias a partir de segunda-feira, 20 de Março, reclamando salários em atraso. Os hospitais funcionaram apenas com serviços mínimos.", "Protests"),
    ("Rio de Janeiro, 14/3: milhares de pessoas manifestaram-se na Cinelândia pedindo justiça para vítimas da violência policial, num acto pacífico que terminou ao fim da tarde.", "Protests"),
    # Strategic developments
    ("Um jornalista de uma rádio comunitária de Palma foi detido por agentes do SERNIC na quarta-feira, 5 de Abril, acusado de divulgar informação sobre o conflito.", "Strategic developments"),
    ("Insurgentes entraram numa aldeia de Macomia no domingo sem disparar um tiro; pregaram na mesquita, distribuíram dinheiro aos jovens e partiram de volta para a mata.", "Strategic developments"),
    ("Segundo a OIM, mais de 8 mil pessoas chegaram a Pemba e Metuge na última semana, fugindo de Ancuabe e Chiúre por medo de novos ataques.", "Strategic developments"),
    ("O Governo moçambicano e a Renamo assinaram em Maputo, a 6 de Agosto, um acordo de paz e reconciliação que prevê o desarmamento dos guerrilheiros.", "Strategic developments"),
    ("O Ministério do Interior da Guiné-Bissau decretou recolher obrigatório em Bissau a partir das 21h, após a tentativa de golpe de 1 de Fevereiro.", "Strategic developments"),
    ("A polícia descobriu um esconderijo com doze armas AK-47 e munições numa mata de Mueda na sexta-feira, 22 de Julho; ninguém foi detido.", "Strategic developments"),
]

ES_EVENT_REPORTS: list[tuple[str, str]] = [
    # Battles
    ("Desde la madrugada del martes se registran combates entre el Ejército Nacional y la columna móvil Dagoberto Ramos de las disidencias de las FARC en zona rural de Toribío, Cauca. La comunidad reporta ráfagas de fusil continuas cerca de la vereda San Julián.", "Battles"),
    ("Alerta urgente: enfrentamientos entre el ELN y el Frente 33 en la vereda Campo Dos, Tibú, hoy 16 de enero. Llevan como cuatro horas dándose plomo, la gente está metida debajo de las camas, no salgan por la vía.", "Battles"),
    ("Células del CJNG y de Cárteles Unidos sostuvieron una balacera de varias horas el domingo en las inmediaciones de Apatzingán, Michoacán; pobladores vieron camionetas blindadas y fuego cruzado en la salida hacia Aguililla.", "Battles"),
    ("Elementos de la Guardia Nacional repelieron la agresión de un grupo criminal armado en San Miguel Totolapan, Guerrero, el jueves por la tarde. Tras el tiroteo, tres presuntos sicarios fueron abatidos y un militar resultó herido.", "Battles"),
    ("Tropas de la Séptima División chocaron con integrantes del Clan del Golfo en zona rural de Segovia, Antioquia, el pasado viernes. El intercambio de disparos dejó dos soldados heridos, evacuados en helicóptero a Medellín.", "Battles"),
    ("Según la Diócesis de Istmina-Tadó, hombres de las Autodefensas Gaitanistas se tomaron por la fuerza el corregimiento de Puerto Pizario, Litoral del San Juan, Chocó, después de dos días de fuego cruzado con el ELN por el control del río.", "Battles"),
    # Violence against civilians
    ("La Defensoría del Pueblo rechaza la masacre de cuatro jóvenes en la vereda El Diviso, Barbacoas, Nariño, ocurrida la noche del sábado 8 de marzo. Hombres armados los sacaron de una vivienda y los ejecutaron con arma de fuego.", "Violence against civilians"),
    ("Asesinado el líder comunal Jesús Alberto Ortiz, presidente de la JAC de la vereda La Esperanza en Saravena, Arauca. Dos sicarios en motocicleta le dispararon frente a su casa el lunes en la mañana, delante de sus hijos.", "Violence against civilians"),
    ("El colectivo de madres buscadoras denuncia que el martes un comando armado se llevó a dos hermanos de su domicilio en la colonia Emiliano Zapata de Chilpancingo, Guerrero. Desde entonces se desconoce su paradero y las autoridades no han iniciado la búsqueda.", "Violence against civilians"),
    ("Agentes de la Policía Militar del Orden Público mataron a un joven desarmado de 17 años en un retén de Choloma, Cortés, Honduras, la madrugada del domingo. Testigos aseguran que el muchacho iba en bicicleta y no portaba ningún arma.", "Violence against civilians"),
    ("El centro de derechos humanos Fray Bartolomé de las Casas documentó que integrantes de un grupo armado irrumpieron en una comunidad tsotsil de Chenalhó, Chiapas, el 12 de octubre, y violaron a dos mujeres frente a sus familias.", "Violence against civilians"),
    ("Fueron reclutados a la fuerza tres menores nasa de la vereda La Betulia, Suárez, Cauca: hombres de la columna Jaime Martínez encañonaron a los padres y subieron a los niños a una camioneta el miércoles. La guardia indígena adelanta la búsqueda.", "Violence against civilians"),
    # Explosions/Remote violence
    ("Un dron cargado con explosivos fue lanzado contra la estación de policía de El Plateado, Argelia, Cauca, en la tarde del miércoles; el artefacto detonó en el patio y dejó dos patrulleros con heridas de esquirlas.", "Explosions/Remote violence"),
    ("Campesino de 42 años pisó una mina antipersonal cuando recogía hoja de coca en la vereda Orú, El Tarra, Norte de Santander, el sábado. Perdió la pierna derecha y fue trasladado a Cúcuta.", "Explosions/Remote violence"),
    ("Un carro bomba estalló hacia las 8 de la noche del domingo frente al edificio de la Fiscalía en Tame, Arauca. La onda explosiva destruyó fachadas de viviendas vecinas y dejó cinco civiles lesionados.", "Explosions/Remote violence"),
    ("Reportan que una mina terrestre explotó al paso de una camioneta de jornaleros limoneros en el camino a Las Bateas, Tepalcatepec, Michoacán, este lunes; murieron dos trabajadores y otros tres quedaron malheridos.", "Explosions/Remote violence"),
    ("Desconocidos arrojaron una granada de fragmentación contra una vivienda del barrio Viento Libre, en Tumaco, Nariño, la noche del jueves. Una niña de 9 años resultó herida.", "Explosions/Remote violence"),
    ("Un artefacto explosivo improvisado detonó en la ribera del río Atrato, cerca de Vigía del Fuerte, al paso de una lancha de la Armada el 3 de mayo; la embarcación quedó averiada y dos infantes de marina sufrieron heridas.", "Explosions/Remote violence"),
    # Riots
    ("Residentes de Pedernales, en la frontera dominico-haitiana, lanzaron piedras contra agentes policiales y quemaron gomas en la carretera principal el martes, luego de la muerte de un motoconchista. Hubo comercios con vitrinas rotas.", "Riots"),
    ("Justicia por mano propia en Nahualá, Sololá: vecinos atraparon a dos supuestos ladrones de motos, los golpearon en la plaza y les prendieron fuego antes de que llegara la PNC. Uno murió en el lugar.", "Riots"),
    ("Manifestantes saquearon comercios y atacaron con piedras y bombas molotov a la Guardia Nacional en Barquisimeto, Lara, la noche del 29 de julio, tras el anuncio de los resultados electorales. Varias motos oficiales fueron incendiadas.", "Riots"),
    ("Pobladores inconformes con la elección de autoridades incendiaron la presidencia municipal de Oxchuc, Chiapas, el viernes; también destrozaron patrullas y retuvieron por horas a funcionarios del ayuntamiento.", "Riots"),
    ("Indignados por la muerte de un joven durante un operativo, habitantes de Remedios, Antioquia, atacaron a pedradas la estación de policía y le prendieron fuego la noche del sábado. Los uniformados tuvieron que replegarse.", "Riots"),
    ("Encapuchados que se sumaron a la protesta estudiantil frente a la UNAH, en el bulevar Suyapa de Tegucigalpa, lanzaron morteros y piedras a los antimotines y quemaron llantas el miércoles. Varios agentes resultaron lesionados.", "Riots"),
    # Protests
    ("Miles de integrantes de la minga indígena del CRIC marcharon pacíficamente por la vía Panamericana en Piendamó, Cauca, este lunes, exigiendo garantías para la vida de los comuneros. La movilización transcurrió sin incidentes.", "Protests"),
    ("Anoche hubo cacerolazo en Catia, El Valle y Petare, Caracas. La gente salió a los balcones a sonar ollas contra los cortes de luz, todo tranquilo, sin guardias a la vista.", "Protests"),
    ("Autoridades indígenas de los 48 Cantones mantienen un bloqueo pacífico en la Interamericana, a la altura de Cuatro Caminos, Totonicapán, desde el lunes 2 de octubre, en rechazo a las acciones del Ministerio Público contra el proceso electoral.", "Protests"),
    ("Padres y madres de los 43 normalistas de Ayotzinapa realizaron una caminata por el centro de Chilpancingo, Guerrero, el día 26, y colocaron una ofrenda frente al Palacio de Gobierno para exigir verdad y justicia.", "Protests"),
    ("Organizaciones campesinas y ambientalistas sostuvieron una vigilia con velas frente a la alcaldía de Tocoa, Colón, Honduras, el domingo, pidiendo justicia por el asesinato del defensor Juan López.", "Protests"),
    ("Comerciantes, transportadores y docentes cumplen el segundo día del paro cívico en Quibdó, Chocó, con el comercio cerrado y plantones en la carrera primera. Reclaman inversión en vías y servicios de salud.", "Protests"),
    # Strategic developments
    ("Efectivos de la Policía Nacional detuvieron sin orden judicial a un periodista de una radio local en Matagalpa, Nicaragua, el jueves 15 de agosto; su familia desconoce el lugar de reclusión y los equipos de trabajo fueron decomisados.", "Strategic developments"),
    ("Desplazamiento masivo en el Catatumbo: más de 300 familias de las veredas de Teorama y El Tarra llegaron al casco urbano de Ocaña en las últimas 48 horas, según la personería municipal.", "Strategic developments"),
    ("Alerta temprana: al menos 12 comunidades afro e indígenas del Alto Baudó, Chocó, permanecen confinadas por el paro armado decretado por el ELN; no pueden salir a pescar ni a cultivar y escasean alimentos.", "Strategic developments"),
    ("Las delegaciones del Gobierno colombiano y del ELN acordaron en Caracas prorrogar por seis meses el cese al fuego bilateral y crear un nuevo mecanismo de verificación con la Iglesia y la ONU.", "Strategic developments"),
    ("Personal de la Defensa aseguró en una casa de seguridad de Buenavista, Michoacán, un arsenal con 25 fusiles, granadas y más de 10.000 cartuchos, sin que se registraran detenidos ni enfrentamientos.", "Strategic developments"),
    ("Unos 40 hombres uniformados con brazaletes de las AGC ingresaron el domingo al corregimiento de Las Auras, Briceño, Antioquia, sin disparar; reunieron a la población en la cancha y anunciaron nuevas normas de convivencia.", "Strategic developments"),
]

PT_EVENT_REPORTS_2: list[tuple[str, str]] = [
    # Battles
    ("Na madrugada de 14 de março, forças moçambicanas e ruandesas trocaram tiros com insurgentes do Estado Islâmico nos arredores de Mocímboa da Praia, Cabo Delgado; fontes locais relatam pelo menos seis combatentes mortos.", "Battles"),
    ("Confronto intenso entre a Polícia Militar e traficantes do Comando Vermelho no Complexo da Maré, Rio de Janeiro, na terça-feira (9), durou quase quatro horas e terminou com dois suspeitos mortos.", "Battles"),
    ("ALERTA: insurgentes retomaram à força a vila de Macomia na sexta-feira, após combates com as Forças de Defesa e Segurança, que recuaram para Chai.", "Battles"),
    ("Mano, ontem à noite em Cabinda os guerrilheiros da FLEC emboscaram uma patrulha das FAA perto de Buco-Zau, houve tiroteio pesado dos dois lados até de manhã.", "Battles"),
    ("Segundo moradores, membros armados do PCC e do Comando Vermelho enfrentaram-se a tiro no bairro Cidade Nova, em Manaus, no domingo, deixando três integrantes das facções feridos.", "Battles"),
    # Violence against civilians
    ("Em 3 de junho, homens armados decapitaram quatro camponeses que trabalhavam nas machambas da aldeia de Ntapuala, distrito de Ancuabe, Cabo Delgado.", "Violence against civilians"),
    ("Um líder indígena Guarani-Kaiowá foi assassinado a tiros por pistoleiros ligados a fazendeiros na Terra Indígena Dourados-Amambaipeguá, Mato Grosso do Sul, na noite de sábado.", "Violence against civilians"),
    ("Relatório de campo: na quarta-feira, insurgentes sequestraram duas mulheres e uma criança numa aldeia do distrito de Mecula, na Reserva do Niassa, levando-as para a mata.", "Violence against civilians"),
    ("Testemunhas afirmam que agentes da Polícia Nacional de Angola dispararam contra vendedores ambulantes desarmados no mercado do Kikolo, em Luanda, a 12 de agosto, matando um jovem de 17 anos.", "Violence against civilians"),
    ("Atacantes incendiaram palhotas com famílias lá dentro no centro de deslocados de Ocua, distrito de Chiúre, na madrugada de segunda-feira; pelo menos cinco civis morreram queimados.", "Violence against civilians"),
    # Explosions/Remote violence
    ("Um engenho explosivo improvisado detonou à passagem de um camião militar na estrada N380, entre Awasse e Mocímboa da Praia, em 22 de outubro, ferindo três soldados.", "Explosions/Remote violence"),
    ("Na região de Sussundenga, província de Manica, um agricultor pisou numa mina terrestre antiga no sábado e teve a perna amputada no Hospital Provincial de Chimoio.", "Explosions/Remote violence"),
    ("Helicópteros de uma empresa de segurança privada bombardearam posições insurgentes na mata de Catupa, distrito de Macomia, na quinta-feira, segundo fontes militares.", "Explosions/Remote violence"),
    ("Uma granada foi lançada contra uma discoteca no centro de Bissau na madrugada de domingo, ferindo sete pessoas, informou a Polícia Judiciária guineense.", "Explosions/Remote violence"),
    ("Traficantes do Complexo de Israel, na zona norte do Rio, usaram um drone para largar explosivos sobre uma base da Polícia Militar na quarta-feira (17); não houve feridos.", "Explosions/Remote violence"),
    # Riots
    ("Manifestantes arremessaram pedras e cocktails molotov contra a polícia e queimaram pneus na Avenida de Moçambique, em Maputo, no dia 7 de novembro, durante os protestos pós-eleitorais.", "Riots"),
    ("Moradores enfurecidos lincharam um homem acusado de roubo no bairro da Munhava, cidade da Beira, Sofala, na noite de sexta-feira.", "Riots"),
    ("Populares pegaram fogo à esquadra da polícia em Cuamba, Niassa, no domingo, depois da morte de um jovem sob custódia policial.", "Riots"),
    ("Luanda, 28 de julho: durante a greve dos taxistas, grupos de jovens saquearam lojas e apedrejaram viaturas policiais no Cazenga e em Viana.", "Riots"),
    ("Em Bafatá, Guiné-Bissau, uma multidão espancou até à morte uma idosa acusada de feitiçaria na terça-feira, disseram vizinhos à rádio local.", "Riots"),
    # Protests
    ("Cerca de 2 mil indígenas marcharam pacificamente pela Esplanada dos Ministérios, em Brasília, na quarta-feira (24), contra a tese do marco temporal.", "Protests"),
    ("Professores da província de Sofala entraram em greve na segunda-feira, exigindo o pagamento de horas extraordinárias em atraso.", "Protests"),
    ("Estudantes realizaram uma vigília silenciosa em frente ao Palácio do Governo, em Díli, Timor-Leste, no dia 12 de novembro, com velas e cartazes.", "Protests"),
    ("Em Bissau, militantes do PAIGC concentraram-se diante da sede do partido no sábado; a polícia dispersou-os com gás lacrimogéneo, sem registo de feridos.", "Protests"),
    ("Trabalhadores sem-terra do MST bloquearam pacificamente a rodovia BR-222 em Marabá, Pará, na manhã de sexta-feira, para exigir a desapropriação de fazendas improdutivas.", "Protests"),
    # Strategic developments
    ("O SERNIC deteve em Pemba, na quinta-feira, três suspeitos de recrutar jovens para os grupos insurgentes que atuam em Cabo Delgado.", "Strategic developments"),
    ("O Governo da Guiné-Bissau decretou recolher obrigatório das 21h às 6h em todo o território após os acontecimentos de 1 de dezembro.", "Strategic developments"),
    ("Mais de 4 mil pessoas abandonaram as aldeias do distrito de Mecula, Niassa, na última semana, fugindo para Marrupa por medo de novos ataques.", "Strategic developments"),
    ("A Polícia Federal apreendeu 30 fuzis e milhares de munições num esconderijo de garimpeiros ilegais na Terra Indígena Yanomami, em Roraima, no sábado.", "Strategic developments"),
    ("O Presidente Filipe Nyusi e o líder da Renamo, Ossufo Momade, assinaram o acordo de cessação definitiva das hostilidades na Serra da Gorongosa em 1 de agosto de 2019.", "Strategic developments"),
]

ES_EVENT_REPORTS_2: list[tuple[str, str]] = [
    # Battles
    ("El 18 de abril, tropas del Ejército colombiano combatieron durante varias horas con disidencias de las FARC del frente Carlos Patiño en zona rural de El Plateado, Argelia (Cauca).", "Battles"),
    ("Enfrentamiento armado entre el ELN y el Frente 33 de las disidencias dejó al menos doce combatientes muertos en una vereda de Tibú, Norte de Santander, el domingo.", "Battles"),
    ("Según la Fiscalía de Sinaloa, sicarios de Los Chapitos y de La Mayiza se balearon durante la madrugada del martes en la colonia Tierra Blanca de Culiacán.", "Battles"),
    ("La FANB recuperó por la fuerza el control de la mina Las Claritas, en el estado Bolívar, tras un intercambio de disparos con el sindicato armado local el jueves.", "Battles"),
    ("Militares ecuatorianos fueron emboscados por integrantes de Los Lobos en Alto Punino, Napo, el 9 de mayo; tras el choque armado murieron once soldados.", "Battles"),
    # Violence against civilians
    ("Hombres armados asesinaron a cinco jóvenes en una finca de Samaniego, Nariño, la noche del sábado, en lo que las autoridades califican como una nueva masacre.", "Violence against civilians"),
    ("Reportan que un comando armado secuestró a trece trabajadores de una mina en Pataz, La Libertad (Perú); días después sus cuerpos fueron hallados en un socavón.", "Violence against civilians"),
    ("Madres buscadoras denuncian que cinco jóvenes fueron desaparecidos por hombres armados en Lagos de Moreno, Jalisco, el 11 de agosto, y siguen sin rastro.", "Violence against civilians"),
    ("Colonos armados irrumpieron en la comunidad mayangna de Wilú, dentro de la reserva Bosawás, Nicaragua, y mataron a cuatro comunitarios desarmados el 23 de agosto.", "Violence against civilians"),
    ("Atacantes abrieron fuego contra familias desplazadas que se refugiaban en una escuela de Nahualá, Sololá, Guatemala, el 4 de junio, hiriendo a tres niños.", "Violence against civilians"),
    # Explosions/Remote violence
    ("Un carro bomba explotó frente a la estación de Policía de Jamundí, Valle del Cauca, el martes por la mañana, dejando dos civiles heridos.", "Explosions/Remote violence"),
    ("Alerta: la Fuerza Aeroespacial Colombiana bombardeó un campamento de las disidencias de alias Mordisco en zona rural de Calamar, Guaviare, según el Ministerio de Defensa.", "Explosions/Remote violence"),
    ("Un soldado resultó mutilado al activar una mina antipersonal en una vereda de Puerto Asís, Putumayo, durante una patrulla el viernes.", "Explosions/Remote violence"),
    ("Desconocidos lanzaron una granada de fragmentación contra una vivienda en Socio Vivienda, Guayaquil, la noche del jueves; una mujer quedó herida.", "Explosions/Remote violence"),
    ("Con drones, el CJNG dejó caer artefactos explosivos sobre la comunidad de El Aguaje, Aguililla, Michoacán, durante la mañana del lunes, informaron pobladores.", "Explosions/Remote violence"),
    # Riots
    ("Encapuchados lanzaron piedras y bombas molotov contra el ESMAD durante una marcha estudiantil frente a la Universidad Pedagógica, en Bogotá, el 9 de marzo.", "Riots"),
    ("Vecinos de Villa Ingenio, en El Alto, Bolivia, lincharon a un presunto ladrón el domingo por la noche antes de que llegara la policía.", "Riots"),
    ("Pobladores quemaron la comisaría de Ilave, Puno, tras la muerte de un joven detenido, según reportó la prensa regional el miércoles.", "Riots"),
    ("Tras el anuncio del CNE el 29 de julio, grupos de manifestantes derribaron una estatua de Chávez y saquearon comercios en San Felipe, Yaracuy.", "Riots"),
    ("Durante el paro nacional, manifestantes apedrearon y prendieron fuego a la UPC de Otavalo, Imbabura, el 22 de septiembre.", "Riots"),
    # Protests
    ("Miles de personas marcharon pacíficamente por la avenida Bolívar de Caracas el sábado para exigir la publicación de las actas electorales.", "Protests"),
    ("Maestros de la CNTE mantienen un plantón en el Zócalo de la Ciudad de México desde el 15 de mayo en rechazo a la reforma del ISSSTE.", "Protests"),
    ("Transportistas realizaron un paro de labores en Lima el 10 de octubre contra las extorsiones y los asesinatos de choferes.", "Protests"),
    ("Comunidades indígenas de los 48 Cantones bloquearon de forma pacífica la carretera Interamericana en Totonicapán, Guatemala, el 2 de octubre de 2023, exigiendo la renuncia de la fiscal general.", "Protests"),
    ("Familiares de presos del régimen de excepción se concentraron frente al Centro Penal La Esperanza, San Salvador; la policía los dispersó sin que hubiera heridos.", "Protests"),
    # Strategic developments
    ("La Policía Nacional capturó en Tumaco, el miércoles, a un presunto cabecilla de la Segunda Marquetalia requerido por homicidio y narcotráfico.", "Strategic developments"),
    ("La Asamblea Legislativa de El Salvador prorrogó por 30 días más el régimen de excepción, que suspende garantías constitucionales.", "Strategic developments"),
    ("Más de 50.000 personas se desplazaron del Catatumbo hacia Cúcuta y Ocaña en enero de 2025, huyendo de la guerra entre grupos armados.", "Strategic developments"),
    ("El Gobierno colombiano y el ELN acordaron un cese al fuego bilateral de seis meses en La Habana el 9 de junio de 2023.", "Strategic developments"),
    ("Militares decomisaron un arsenal de fusiles, granadas y explosivos escondido en una caleta de Los Choneros en Manta, Manabí, el sábado.", "Strategic developments"),
]

# Incitement in Spanish and Portuguese posts (text, the group as written), and posts that come
# close (news of massacres, counter-speech quoting slurs, elections, pest control, football,
# cooking), by a writer who had not seen the lexicon. Blind: Spanish 6 of 20 flagged (4 with
# the group right) and 5 of 20 look-alikes; Portuguese 6 of 20 (2) and 3 of 20. After their
# misses were read: 20 (19) and 0, 20 (19) and 0. A second writer's 20 + 20 per language
# (``*_2``), written before those changes and with other forms ("ojalá los maten", "deberían
# desaparecer", "tomara que morram", "senão vai ter sangue"): blind, with the lexicon of the
# time, Spanish 2 of 20 (2 groups) and 1 look-alike, Portuguese 4 (1) and 0; **with the first
# set's changes, Spanish 6 (5) and 2, Portuguese 8 (5) and 1**; after its own misses were read,
# 20 (17) and 0, 20 (20) and 0.
ES_POSTS: list[tuple[str, str]] = [
    ("Los venezolanos son una plaga, hay que sacarlos a patadas de Colombia antes de que se reproduzcan mas", "venezolanos"),
    ("mátenlos a todos esos venecos, no dejen ni uno en el barrio", "venecos"),
    ("A los haitianos les llegó su hora, que se preparen porque vamos por ellos", "haitianos"),
    ("Hay que limpiar Lima de indios cochinos, son basura que no sirve pa nada", "indios"),
    ("Los collas son cucarachas, hay que exterminarlos de Santa Cruz de una vez", "collas"),
    ("esos cambas van a pagar todos, cuando bajemos no va a quedar ninguno vivo", "cambas"),
    ("limpieza social ya!! a los sapos del barrio hay que darles plomo a todos", "sapos"),
    ("Los migrantes son ratas que traen crimen, sáquenlos a la fuerza y quemen sus campamentos", "migrantes"),
    ("que se mueran todos los mapuches terroristas, son escoria", "mapuches"),
    ("Fuera los hondureños de aqui, el que se quede lo matamos", "hondureños"),
    ("los evangelicos son un cancer para este pais, hay q acabar con ellos a balazos", "evangélicos"),
    ("Vamos a sacar a todos los judíos de Venezuela, son parásitos que nos chupan la sangre", "judíos"),
    ("Los musulmanes son animales, hay que matarlos antes de que nos maten", "musulmanes"),
    ("a los maricones hay que colgarlos a todos en la plaza, limpieza ya", "maricones"),
    ("Indígenas de mierda, son una plaga, hay que borrarlos del mapa como en los viejos tiempos", "indígenas"),
    ("los nicas son basura, esta noche salimos a sacarlos de sus casas y que no quede ninguno", "nicas"),
    ("venecos = ratas. la unica solucion es exterminarlos, nada de papeles", "venecos"),
    ("Hay que hacer con los haitianos lo que hizo Trujillo, matarlos a todos en la frontera", "haitianos"),
    ("los gays son una enfermedad, denles bala y se acaba el problema", "gays"),
    ("A los guatemaltecos del mercado les llego su hora, o se largan o los sacamos muertos", "guatemaltecos"),
]

ES_LOOKALIKES: list[str] = [
    "Masacre en el Cauca: asesinan a seis indígenas nasa, la comunidad exige protección del Estado",
    "Llamar ratas a los venezolanos es xenofobia pura y dura, y así empiezan los genocidios",
    "Exigimos justicia para las víctimas de la masacre de migrantes en Ciudad Juárez",
    "Hay que sacar a este gobierno con votos, no con violencia. Todos a las urnas",
    "Hay que matar las ratas del depósito antes de que se coman toda la mercadería, llamen al fumigador",
    "Les llegó su hora a los del América, hoy los vamos a golear en el Azteca jajaja",
    "Para el ají de gallina hay que matar la gallina un día antes y dejarla reposar",
    "Informe de la ONU documenta ataques contra haitianos en la frontera dominicana",
    "Decir que los collas son cucarachas es racismo, Bolivia es de todos",
    "La 'limpieza social' en Colombia dejó miles de muertos; no podemos repetir esa historia",
    "Los mapuches tienen derecho a su territorio, basta de represión",
    "Vamos a acabar con la corrupción en el congreso, fuera los ladrones de cuello blanco por la vía legal",
    "Plaga de cucarachas en el edificio, alguien sabe de un buen insecticida?",
    "Marcha por la paz: evangélicos, católicos, judíos y musulmanes juntos contra el odio",
    "Hoy se cumplen años de la masacre de El Mozote, memoria y justicia para las víctimas",
    "Fuera el técnico! Que saquen a ese inútil antes de que nos vayamos a la B",
    "El discurso que trata a los migrantes como parásitos ha sido denunciado por la CIDH",
    "Detienen a sospechosos del asesinato de tres jóvenes gays en San Pedro Sula",
    "Hay que exterminar la plaga de langostas antes de que destruya la cosecha de maíz",
    "Mi abuela decía que los cambas y los collas somos hermanos, y tenía razón",
]

PT_POSTS: list[tuple[str, str]] = [
    ("Nordestino é praga, tem que matar todos e devolver o Brasil pra quem trabalha", "nordestinos"),
    ("vamos acabar com esses indios vagabundos, fogo nas aldeias", "índios"),
    ("Morte aos quilombolas! São parasitas que vivem de terra roubada", "quilombolas"),
    ("Os haitianos são uns ratos, tem que expulsar na porrada e quem resistir morre", "haitianos"),
    ("venezuelano em Roraima é verme, tem que exterminar antes que tomem conta", "venezuelanos"),
    ("Limpeza social já: bandido bom é bandido morto, bora passar o rodo em todos da favela", "bandidos"),
    ("Os macuas são uma praga, chegou a hora de os correr a todos desta terra", "macuas"),
    ("macondes vão pagar todos, não vai sobrar um pra contar história", "macondes"),
    ("Muçulmanos em Cabo Delgado são todos terroristas, matem todos sem piedade", "muçulmanos"),
    ("viado tem que morrer, vamos limpar essa cidade desses vermes", "viados"),
    ("Os indígenas são um câncer no agronegócio, tem que passar o trator por cima de todos", "indígenas"),
    ("Fora nordestinos de SP! Quem ficar vai apanhar até morrer", "nordestinos"),
    ("esses gays são uns animais, tem que queimar todos em praça pública", "gays"),
    ("Morte aos muçulmanos, são escória e devem ser exterminados de Moçambique", "muçulmanos"),
    ("os bakongos são parasitas que roubam o nosso pão, tem de matar todos", "bakongos"),
    ("Venezuelanos são lixo humano, vamos queimar os acampamentos deles hoje à noite", "venezuelanos"),
    ("chegou a hora dos quilombolas, vamos tomar as terras e quem ficar leva bala", "quilombolas"),
    ("Haitiano é bicho, não é gente, tem que acabar com essa raça", "haitianos"),
    ("Indio bom é indio morto, já dizia meu avô, bora fazer a limpeza", "índios"),
    ("Os zimbabueanos são uma praga em Maputo, vamos expulsá-los à força e matar quem resistir", "zimbabueanos"),
]

PT_LOOKALIKES: list[str] = [
    "Massacre em aldeia yanomami: garimpeiros são acusados de matar indígenas, diz a PF",
    "Chamar nordestino de praga é xenofobia e crime, denuncie",
    "Justiça para as vítimas do massacre de Paraisópolis",
    "Vamos acabar com esse governo nas urnas em outubro, voto consciente!",
    "Tem que matar os ratos do galpão antes que estraguem a ração, chama a dedetização",
    "Morte ao Flamengo! Hoje é dia de vitória do Vasco kkkk",
    "Vamos acabar com o Corinthians no domingo, vai ser goleada",
    "Relatório denuncia ataques contra haitianos e venezuelanos na fronteira de Roraima",
    "A expressão 'bandido bom é bandido morto' legitima execuções, diz defensoria",
    "Ataques em Cabo Delgado deixam milhares de deslocados; ONU pede ajuda humanitária",
    "Quilombolas conquistam titulação de terras após décadas de luta",
    "Praga de gafanhotos ameaça lavouras no sul, agricultores pedem ajuda",
    "Para a moqueca, mate o peixe na hora e tempere com limão",
    "Macuas, macondes e todos os moçambicanos merecem viver em paz",
    "Parada LGBT reúne milhões em São Paulo contra a homofobia",
    "Fora técnico! A diretoria tem que demitir esse incompetente já",
    "Lembrar o massacre do Carandiru é exigir que nunca mais aconteça",
    "Discurso que chama indígenas de parasitas é investigado pelo MPF",
    "Tem que acabar com os cupins da casa antes que comam o telhado todo",
    "Polícia prende suspeitos de matar casal gay no interior de Goiás",
]

ES_POSTS_2: list[tuple[str, str]] = [
    ("Ojala los maten a todos esos migrantes centroamericanos q se meten por Tapachula, no sirven pa nada", "migrantes centroamericanos"),
    ("A estos venezolanos hay que quemarlos vivos en sus cambuches, asi aprenden a no robar en Bogota", "venezolanos"),
    ("Fuera de nuestro pais los haitianos o los sacamos a machetazos, ya estan avisados en Estacion Central", "haitianos"),
    ("Los peruanos de Santiago son una lacra, deberian desaparecer todos del mapa", "peruanos"),
    ("Bolivianos de la villa = alimañas. Hay q fumigarlos como a las cucarachas, boludo", "bolivianos"),
    ("Los indios de la sierra no merecen vivir, son una plaga q hay q limpiar de una vez", "indios de la sierra"),
    ("Los mayas de Solola son animales, hay que terminar el trabajo que empezaron en los 80", "mayas"),
    ("Mapuches terroristas: pena de muerte para todos, a balazos los sacamos del sur", "mapuches"),
    ("Los afrodescendientes de Esmeraldas son una peste, hay q echarlos al mar con piedras amarradas", "afrodescendientes"),
    ("Gitanos = basura. Esta noche vamos al barrio con gasolina, q no quede ni uno", "gitanos"),
    ("Los judios son un cancer q se come el pais, hay q extirparlos de raiz", "judios"),
    ("Moros fuera de Ceuta o los cazamos uno a uno, se les va a acabar la fiesta", "moros"),
    ("A los musulmanes de Lavapies hay q echarlos a patadas y al q se resista, a hostias hasta q no se levante", "musulmanes"),
    ("Evangelicos de mierda, ojala les quemen los templos con ellos adentro", "evangelicos"),
    ("Los catolicos de la comunidad tienen 24 horas pa largarse, despues les damos machete a todos", "catolicos"),
    ("A los homosexuales hay q colgarlos en la plaza antes q contagien a los cipotes", "homosexuales"),
    ("Las trans q se paran en la avenida son escoria, las vamos a cazar con los cuates y xq no, a quemarlas tb", "trans"),
    ("Los cocaleros del Vraem son alimañas, bombardeen sus chacras y q no quede nadie vivo", "cocaleros"),
    ("Zurdos de mierda, se les acabo la fiesta: cuando volvamos los tiramos de los aviones como antes", "zurdos"),
    ("Los colombianos de Antofagasta son una plaga, hay q sacarlos a balazos del campamento", "colombianos"),
]

ES_LOOKALIKES_2: list[str] = [
    "Condenamos la quema del campamento de migrantes venezolanos en Iquique; nadie merece ser tratado como basura.",
    "Un tipo grito 'fuera moros' y le pego a un chaval en Ceuta; ya hay denuncia en la Guardia Civil. Que caiga todo el peso de la ley.",
    "Hay que echar a los corruptos del poder, pero con votos, no con violencia. Todos a votar el domingo.",
    "Fumigacion el lunes en el edificio: las cucarachas y ratas hay que exterminarlas antes de q se vuelvan plaga.",
    "Los vamos a matar el domingo en la Bombonera, se les acaba la fiesta a las gallinas! Vamos Boca!",
    "Hoy en clase vimos el genocidio maya en Guatemala: el ejercito arraso cientos de aldeas y trataba a los indigenas como 'enemigo interno'.",
    "Anoche vi 'Matar a Jesus' de Laura Mora, peliculon colombiano, super recomendada.",
    "Reportan que un grupo ataco a machetazos a dos haitianos en Quilicura; la fiscalia investiga un posible crimen de odio.",
    "Los mensajes q dicen q los mapuches 'no merecen vivir' son discurso de odio y hay q denunciarlos a la plataforma.",
    "Ojala metan presos a los militares q mataron a los jovenes de Soacha. Justicia para las victimas de los falsos positivos.",
    "'Que se vayan todos!' gritaba la gente en diciembre de 2001 contra los politicos frente a la Casa Rosada.",
    "Sonando 'Matalas' de Alejandro Fernandez en la fiesta de la tia, puro clasico.",
    "Las garrapatas son una peste en el ganado, hay q bañar las vacas cada 15 dias.",
    "En 1492 los Reyes Catolicos expulsaron a los judios; hoy se estudia como ejemplo de persecucion religiosa.",
    "Pandilleros amenazaron con quemar vivos a los evangelicos de la colonia; la PNC abrio investigacion y pide denuncias.",
    "El diputado dijo que los homosexuales 'son una enfermedad'. Inaceptable, exigimos su renuncia ya.",
    "Vamos a cazar pokemones al parque, quien se suma?? xq yo voy sola",
    "Hay q desaparecer la corrupcion de la municipalidad, fiscalizar cada sol q se gasta.",
    "Pena de muerte para los feminicidas? El Congreso peruano lo debate esta semana y las ONG de DDHH se oponen.",
    "Los zurdos somos mayoria en el equipo de tenis jaja, el profe no sabe como armar los dobles",
]

PT_POSTS_2: list[tuple[str, str]] = [
    ("Tomara que morram todos esses nordestinos que vieram pra SP roubar emprego", "nordestinos"),
    ("Tem que tacar fogo nessas aldeias de indigenas, so atrapalham o agro", "indigenas"),
    ("Ciganos sao uma praga, deviam ser exterminados todos do bairro", "ciganos"),
    ("Esses negros do morro sao lixo, tem que passar o rodo e matar geral", "negros"),
    ("Favelado bom e favelado morto, bora limpar a comunidade na bala", "favelados"),
    ("Imigrantes fora daqui senao vai ter sangue no Martim Moniz", "imigrantes"),
    ("Venezuelanos em Roraima sao uma peste, vamos caça-los e queimar os barracos deles", "venezuelanos"),
    ("Os angolanos da Amadora sao escoria, merecem morrer todos", "angolanos"),
    ("Brasileiros em Portugal sao lixo, voltem pra vossa terra ou levam porrada ate morrer", "brasileiros"),
    ("Muçulmanos sao um cancro, tem de ser corridos a tiro de Lisboa", "muçulmanos"),
    ("Esses evangelicos fanaticos deviam morrer queimados dentro dos templos deles", "evangelicos"),
    ("Os gays tem que apanhar ate morrer, sexta vamos caçar eles na Paulista", "gays"),
    ("Os macuas sao uma praga em Nampula, vamos correr com eles a catanada", "macuas"),
    ("Changanas fora de Maputo, senao vai ter sangue", "changanas"),
    ("Os bijagos sao uns animais, tem que ser eliminados das ilhas", "bijagos"),
    ("Os haitianos em Santa Catarina sao uma doença, tem que sumir com eles tudo", "haitianos"),
    ("Os bailundos sao cobras, temos de esmagar-lhes a cabeça a todos", "bailundos"),
    ("Os fulas estao a tomar Bissau, e hora de pegar em armas e limpar essa raça", "fulas"),
    ("Travestis sao aberraçao, quem ver uma na rua tem que matar", "travestis"),
    ("Os bolivianos do Bras sao ratos, tem que dedetizar o bairro com eles dentro", "bolivianos"),
]

PT_LOOKALIKES_2: list[str] = [
    "Policia investiga ataque a acampamento cigano em Beja; moradores denunciam insultos como 'lixo' e 'praga'.",
    "Chamar nordestino de 'praga' e crime de preconceito. Printou? Denuncia!",
    "Tem que tirar esse governo corrupto, mas e pelo voto em outubro.",
    "Dedetizaçao no condominio sabado: vamos exterminar baratas e ratos de vez.",
    "Vamos massacrar o Benfica no domingo, o Dragao vai pegar fogo!",
    "Aula de historia hoje: o massacre de Wiriyamu em 1972, quando tropas portuguesas mataram centenas de moçambicanos.",
    "'Cidade de Deus' passa hoje a noite na TV, classico do cinema brasileiro.",
    "Justiça para Marielle: os mandantes tem que ir pra cadeia.",
    "A praga da ferrugem esta a matar os cafezais todos, tem que pulverizar ja.",
    "Deputado disse que indigenas 'sao um atraso'; MPF abre investigaçao por racismo.",
    "'A carne mais barata do mercado e a carne negra' - Elza Soares cantou o que muita gente nao quer ouvir.",
    "Insurgentes atacaram aldeias em Cabo Delgado; a ONU pede proteçao urgente aos civis.",
    "Comentarios dizendo que 'brasileiro tem de morrer' foram denunciados e a PSP identificou o autor.",
    "Os gays tambem sao filhos de Deus, disse o padre na missa de domingo.",
    "Bora caçar Pokemon no Ibirapuera amanha?",
    "'Fora Temer!', gritavam os manifestantes na Avenida Paulista.",
    "Lembrar o genocidio dos povos indigenas no Brasil colonial e essencial para nao repetir.",
    "27 de Maio de 1977 em Angola: milhares foram mortos e as familias ainda pedem verdade.",
    "Pena de morte para corruptos? Pesquisa mostra que a maioria rejeita a proposta.",
    "Esse mosquito da dengue e uma peste, bora acabar com a agua parada no quintal.",
]
