# ruff: noqa: E501
"""Sudan, South Sudan and Chad examples, written as people there would put them, without sight of
the cues, group names and gazetteer they test: posts in Sudanese Arabic and in English, half of
them incitement (with the group targeted) and half only looking like it, and Arabic field
reports that each name one real town. Three writers: the coders were refined on the first set;
the second's misses were read but nothing was changed for them (``*_HELD_OUT``); the third's
were seen only after the changes were made (``*_BLIND``). People and events are invented; the
towns are real.
"""

from __future__ import annotations

AR_POSTS: list[tuple[bool, str, str]] = [
    (True, "المساليت ديل لازم يتكشحوا من الجنينة كلهم، ما نخلي فيهم زول واحد. الدار دي بقت حقتنا خلاص", "Masalit"),
    (True, "الزرقة ديل عبيد ساي، ما عندهم حق في الأرض دي. أكتلوهم وين ما لقيتوهم", "Black people"),
    (True, "أي جلابي تلقوه في الخرطوم ما تجيبوه حي! ديل أولاد دولة ٥٦ الكاتلننا سنين", "Riverine northerners"),
    (True, "يا زغاوة يا فلنقايات، يومكم جاي. حنجيكم في بيوتكم ونحرقها عليكم بيت بيت", "Zaghawa"),
    (True, "النوبة ديل عبيد وكلاب جبال، حنمسحهم من الدلنج لحدي كادقلي وما حيفضل منهم زول", "Nuba"),
    (True, "الفور ديل زي الجراد، كل ما تخليهم بيكتروا. المعسكرات دي لازم تتنضف منهم كلها", "Fur"),
    (True, "الكيزان ديل جرذان، أي كوز تلقاه أكتلو ساي، مافي كوز بريء", "Islamists"),
    (True, "الجنوبيين ديل كلهم مرتزقة مع الدعامة، أي جنوبي في مدني لازم يندبح قبل ما يهرب", "South Sudanese"),
    (True, "ربنا يبيد العرب الجنجويد من وش الأرض، ديل وسخ وما بينضفوا لو غسلتهم بالبحر", "Arabs"),
    (True, "الدعامة ديل وباء، حنطهر البلد منهم ونعلق روسهم في الكباري عشان الباقين يعتبروا", "RSF fighters"),
    (True, "حواضن الدعم السريع في الجزيرة سرطان لازم يتقطع. أطردوهم من القرى وأحرقوا بيوتهم", "RSF supporters"),
    (True, "الغرابة ديل قمل ملوا الخرطوم، لازم يترحلوا لدارفور بالقوة والما بيمشي يتكتل", "Darfuris"),
    (False, "مقتل ١٥ مدني من المساليت في هجوم على قرية شمال الجنينة أمس، حسب شهود عيان اتكلموا مع الراديو", ""),
    (False, "الزول البقول على أخوه 'عبيد' ولا 'زرقة' ده عنصري ساي وما بيمثلنا. كلنا سودانيين والكلام ده هو الجاب لينا الحرب", ""),
    (False, "أهلنا الرزيقات والمعاليا، كفاية كتل في بعض. نحن أهل ودم واحد، والسلام يبدا مننا نحن", ""),
    (False, "الفيران كتلت العيش في المخزن، لازم نكتلها كلها قبل الخريف. في زول عنده سم كويس؟", ""),
    (False, "الجراد دخل مشروع الجزيرة من ناحية المناقل! يا ناس وقاية النباتات أرشوا وأبيدوه قبل ما يكمل القمح", ""),
    (False, "الهلال حيسحق المريخ يوم السبت، حنمسح بيهم الأرض في الجوهرة الزرقاء 💙", ""),
    (False, "الله يرحم عمنا عبيد ود الحاج، كان راجل كريم وبيتو مفتوح لكل الناس. الفراش في الحلة", ""),
    (False, "الكوليرا ضربت المعسكر تاني، لازم نكافح الوباء ده ونبيد الدبان قبل ما يكتل أطفالنا", ""),
    (False, "فيديوهات متداولة بتوضح إعدام أسرى في ود مدني، والجيش قال حيحقق في الحادثة ويحاسب المتورطين", ""),
    (False, "الهتاف البيقول 'ما تجيبوهم حيين' ده دعوة صريحة للإبادة، وأي زول بيردده شريك في الجريمة", ""),
    (False, "مؤتمر الصلح بين النوبة والحوازمة في كادقلي انتهى باتفاق، الحمد لله. ربنا يديم الأمن على الجبال", ""),
    (False, "حبوبتي في معسكر كلمة لسه بتحكي كيف الجنجويد في ٢٠٠٤ كانوا بيصرخوا 'أكتلوا الزرقة' وهم بيحرقوا القرية", ""),
]

AR_POSTS_HELD_OUT: list[tuple[bool, str, str]] = [
    # --- incitement ---
    (True, "الزرقة ديل ما سودانيين أصلاً، عبيد ساي جونا من ورا الحدود. الأرض دي أرضنا ونضفها منهم واجب", "Black people"),
    (True, "أي مسلاتي يقعد في الجنينة بعد الليلة دي دمو حلال، كلموهم يمرقوا لي أدري قبل ما نجيهم", "Masalit"),
    (True, "ما تجيبوهم حيين!! أي دعامي تلقوهو في الخرطوم اكتلوهو طوالي، ما دايرين أسرى", "RSF fighters"),
    (True, "الحواضن ديل هم البلا كلو، شالوا الدعامة في بيوتهم. لازم نكنس قراهم في الجزيرة كنس، ما يفضل فيهم زول", "RSF supporters"),
    (True, "الكيزان ديل سرطان في جسم البلد، ما بتنضف إلا لما نقطعهم من جذورهم واحد واحد", "Islamists"),
    (True, "النوبة ديل قرود ساكت، ربنا يريحنا منهم ويمسحهم من وش الجبال", "Nuba"),
    (True, "الفور ديل زي الفيران، مدسيين في المعسكرات. حنطلعهم من جحورهم ونحرقها عليهم", "Fur"),
    (True, "الزغاوة أكلوا البلد دي، أطردوهم لي تشاد بالعصاية والما بيمشي يندفن هنا", "Zaghawa"),
    (True, "الجنجويد ديل كلاب، العرب كلهم واحد. يا رب يوم نمسحهم من دارفور ما يفضل فيهم راعي", "Arabs"),
    (True, "الجنوبيين ديل وسخ مالي الكلاكلة، لازم نكشحهم من الحلة بالقوة ونرجعهم جوبا", "South Sudanese"),
    (True, "يا عبيد يا نجسين، الدعم جايكم في الفاشر وحنخليكم عبرة، ولا واحد فيكم حيطلع حي", "Black people"),
    (True, "الغرابة ديل جراد، وين ما نزلوا خربوا. الخرطوم دي ما بتتصلح إلا لما نرجعهم محل ما جوا", "Darfuris"),
    # --- look-alikes, not incitement ---
    (False, "شهود عيان: قوة من الدعم السريع كتلت 23 زول في قرية جنوب الفاشر أمس، والأهالي دفنوهم في مقبرة واحدة", ""),
    (False, "كلمة 'زرقة' و'عبيد' دي عار علينا كلنا. البيكتبها في القروبات دا بيجهز للمجازر، بطلوها يا ناس", ""),
    (False, "الحمد لله تم الصلح بين الرزيقات والمعاليا في الضعين اليوم، الأجاويد عملوا شغل كبير. الله يديم السلام بين الأهل", ""),
    (False, "الفيران كملت القمح في الترعة يا جماعة، لازم نرش السم الليلة قبل الحصاد ولا الموسم دا ضاع", ""),
    (False, "الجراد نزل في مشروع الجزيرة قسم المناقل، يا وقاية النباتات تعالوا اكتلوه قبل ما يقضي على الزرع", ""),
    (False, "الهلال حيسحق المريخ يوم الجمعة سحق 😂 جهزوا المناديل يا مريخاب", ""),
    (False, "المريخاب ديل ما عندهم غير الكلام، الجمعة حنوريكم الكورة بتتلعب كيف 🔴⚪", ""),
    (False, "إنا لله وإنا إليه راجعون، انتقل إلى رحمة مولاه الحاج عبيد محمد الأمين بحي الثورة. الفراش بمنزلهم", ""),
    (False, "تقرير منظمة حقوقية قال إن المساليت اتعرضوا لكتل ممنهج في الجنينة سنة 2023، والمطالبة هسي بتحقيق دولي ومحاسبة", ""),
    (False, "الزول البيقول 'ما تجيبوهم حيين' دا بيطالب بجريمة حرب، الأسير ليهو حقوق حتى لو كان عدوك", ""),
    (False, "الزول دا كاتلني بالضحك 😂 قال لي حنكتل الجوع بصحن فول واحد", ""),
    (False, "نحنا الفور والعرب والزغاوة أهل وجيران من زمن جدودنا، الحرب دي ما حربنا. ارفعوا صوت السلام", ""),
]

EN_POSTS: list[tuple[bool, str, str]] = [
    (True, "The jienge have eaten everything in Juba. Time to clear them out of Equatoria, every last one, no cattle camp left standing.", "Dinka"),
    (True, "Collo are snakes, you cannot trust one of them. When we take Malakal the Shilluk bank will be cleaned for good.", "Shilluk"),
    (True, "Murle are child thieves and animals. Jonglei will only rest the day the Murle are wiped out of Pibor.", "Murle"),
    (True, "Those zurga in Geneina are abid, nothing more. Sweep them all across to Chad and burn whatever they leave behind.", "Black people"),
    (True, "Kizan are a cancer in Sudan. Every Islamist we catch should hang from a bridge in Khartoum, no trial needed.", "Islamists"),
    (True, "These Sudanese refugees in Adre are finishing our water and our land. Chadians must chase them back over the border with sticks and fire.", "Sudanese refugees"),
    (True, "The Zaghawa have sat on Chad too long. One day we will hunt them down in N'Djamena like the rats they are.", "Zaghawa"),
    (True, "Every nyagat from Leer is a snake. If you see one in Bentiu, kill him before he bites you.", "Nuer"),
    (False, "UN says at least 40 Nuer civilians were killed in the Nasir clashes last week as fighting spread across Upper Nile.", ""),
    (False, "Calling Dinka 'jienge' online is not a joke. That kind of talk came before the killings in Juba in 2013. Stop sharing it.", ""),
    (False, "Murle and Lou Nuer youth met in Pibor today and handed back six abducted children. This is the peace Jonglei needs.", ""),
    (False, "Quelea birds are destroying sorghum in Gedaref again. Farmers need spraying now or we lose the whole harvest.", ""),
    (False, "Al Hilal will crush Al Merrikh on Saturday, no mercy, we finish them in the first half 🔥", ""),
    (False, "Congratulations to Abid Hassan Abid on finishing his nursing diploma in Abeche! The whole family is proud of you.", ""),
    (False, "Chadian police say three Sudanese refugees died in a fight over a water point near Adre; local chiefs are calling for calm.", ""),
    (False, "In Darfur in 2003-04 militias used 'zurga' and 'abid' to dehumanise Fur and Masalit. Our workshop in Farchana teaches youth to spot this language.", ""),
]

EN_POSTS_HELD_OUT: list[tuple[bool, str, str]] = [
    # --- incitement ---
    (True, "Every jienge in Yei should pack tonight. Equatoria is not your cattle camp. Those who stay will go back to Bor in coffins.", "Dinka"),
    (True, "Nyagat are cockroaches, they breed in every PoC site. Clear Malakal of them before they multiply again.", "Nuer"),
    (True, "Murle are a disease on Jonglei, stealing our children since forever. This dry season we finish them in Pibor once and for all.", "Murle"),
    (True, "Geneina belongs to us now. The abid ran to Adre and any Masalit who comes back will be slaughtered at the wadi.", "Masalit"),
    (True, "Zurga are not Sudanese, never were. Burn their villages around Tawila and let them crawl to Chad.", "Black people"),
    (True, "Every Janjaweed Arab in Nyala is a dog. When the joint forces enter, don't leave a single one of them breathing.", "Arabs"),
    (True, "These Sudanese refugees in Adre are rats eating our millet and water. Time to drive them back over the border by force.", "Sudanese refugees"),
    (True, "The Zaghawa have swallowed Chad. N'Djamena must be cleaned of them, street by street, before they swallow the rest.", "Zaghawa"),
    # --- look-alikes, not incitement ---
    (False, "UNMISS says at least 15 civilians were killed when armed youth attacked Wau Shilluk last week. Families are still looking for the missing.", ""),
    (False, "Please stop calling people 'jienge' and 'nyagat' in these groups. We heard the same words right before Juba 2013.", ""),
    (False, "Dinka Bor and Murle elders shook hands in Pibor today after three days of talks. Pray this one holds.", ""),
    (False, "Armyworms are wiping out sorghum in Aweil. Spray early and kill the larvae before they reach the next field.", ""),
    (False, "Bright Stars are going to crush Chad on Friday 🏀 Sorry Sao fans, you are finished!", ""),
    (False, "RIP Abid Hassan Mahamat, a teacher in Abeche who taught half of our neighbourhood to read. May God rest him.", ""),
    (False, "Survivors told investigators the fighters shouted 'kill the zurga' as they entered Ardamata. This has to be documented and prosecuted.", ""),
    (False, "As an Equatorian I am done with tribal politics. Dinka, Nuer, Shilluk, Bari: we all bury our children the same way.", ""),
]

AR_REPORTS: list[tuple[str, str, str]] = [
    ("قصف مدفعي من الدعم السريع استهدف السوق الكبير في الفاشر صباح اليوم، وأفادت مصادر طبية بمقتل 7 مدنيين وإصابة العشرات.", "الفاشر", "El Fasher"),
    ("أفاد راصدون بانتشار مسلحين بالجنينة ونهب محلات تجارية في حي الجمارك، وسط نزوح أسر نحو الحدود.", "الجنينة", "El Geneina"),
    ("مسيرة استهدفت مطار نيالا فجر الأحد، وسُمعت انفجارات قوية في الأحياء الجنوبية للمدينة.", "نيالا", "Nyala"),
    ("وصول آلاف النازحين لطويلة سيراً على الأقدام خلال اليومين الماضيين، مع نقص حاد في المياه والغذاء والمأوى.", "طويلة", "Tawila"),
    ("هجوم مسلح على معسكر للنازحين في كتم ليلة أمس، وحرق عدد من الرواكيب وسرقة مواشي، ولا إصابات مؤكدة حتى الآن.", "كتم", "Kutum"),
    ("احتجاجات في سوق الأبيض بسبب انقطاع الكهرباء والمياه، والشرطة فرقت المتظاهرين بالغاز المسيل للدموع.", "الأبيض", "El Obeid"),
    ("حصار الدلنج مستمر للشهر الثالث، وأسعار السكر والدقيق تضاعفت والمواطنين بياكلوا وجبة واحدة في اليوم.", "الدلنج", "Dilling"),
    ("اشتباكات عنيفة حول مقر الفرقة 22 مشاة في بابنوسة منذ الفجر، والمدينة شبه خالية من سكانها.", "بابنوسة", "Babanusa"),
    ("بعد دخول الجيش لود مدني، وردت تقارير عن تصفيات ميدانية لمواطنين في أحد الأحياء بتهمة التعاون مع الدعم السريع.", "ود مدني", "Wad Madani"),
    ("اعتقال أربعة ناشطين من لجان المقاومة بأم درمان على يد الاستخبارات العسكرية دون توجيه أي تهم.", "أم درمان", "Omdurman"),
    ("عبور أكثر من ألف لاجئ سوداني إلى أدري خلال يومين، ومنظمات الإغاثة تحذر من تفشي الكوليرا.", "أدري", "Adre"),
    ("وقفة احتجاجية للاجئين السودانيين أمام مكاتب المفوضية في أبشي للمطالبة بزيادة الحصص الغذائية.", "أبشي", "Abeche"),
]

AR_REPORTS_HELD_OUT: list[tuple[str, str, str]] = [
    ("قصف مدفعي عنيف استهدف سوق المواشي في الفاشر صباح اليوم، وأفاد مصدر طبي بوصول 11 جريحاً إلى المستشفى السعودي.", "الفاشر", "El Fasher"),
    ("مسلحون على دراجات نارية نهبوا متاجر حي الجمارك بالجنينة ليل أمس، وفرّ عشرات السكان نحو الحدود التشادية.", "الجنينة", "El Geneina"),
    ("وصلت دفعة من النازحين لنيالا قادمين من القرى الشرقية بعد هجوم على مزارعهم، ويقيمون حالياً في مدارس بلا مياه.", "نيالا", "Nyala"),
    ("اعتقلت قوة مسلحة ثلاثة شبان من معسكر الحميدية في زالنجي صباح الثلاثاء دون توجيه اتهام، وما زال مكانهم مجهولاً.", "زالنجي", "Zalingei"),
    ("غارة بمسيّرة أصابت نقطة توزيع غذاء قرب طويلة عصر الأحد، ولم تتأكد بعد حصيلة الضحايا بسبب انقطاع الاتصالات.", "طويلة", "Tawila"),
    ("خرج مئات الشباب في موكب سلمي وسط الضعين يطالبون بفتح الطريق وعودة الخدمات، وتم تفريقهم بالغاز المسيل للدموع.", "الضعين", "Ed Daein"),
    ("سقطت قذائف على حي الرديف بالأبيض فجر اليوم وأصابت منزلين، والأهالي يتحدثون عن نقص حاد في الدواء.", "الأبيض", "El Obeid"),
    ("تعرضت أطراف كادقلي لقصف متقطع طوال الليل، ونزحت أسر من الأحياء الجنوبية نحو مركز المدينة.", "كادقلي", "Kadugli"),
    ("اشتباكات عنيفة حول مقر الفرقة في بابنوسة منذ الفجر، وشوهدت أعمدة الدخان من الأحياء المجاورة.", "بابنوسة", "Babanusa"),
    ("رصدنا اقتحام مسلحين لعدد من المنازل في حي الدرجة بود مدني، ونهب سيارات وهواتف، وسط غياب تام لأي جهة تحمي المدنيين.", "ود مدني", "Wad Madani"),
    ("سقطت قذيفة على سوق صابرين في أم درمان ظهر اليوم، ونقل المصابون بعربات كارو لعدم توفر الإسعاف.", "أم درمان", "Omdurman"),
    ("وصل أكثر من ألف لاجئ جديد إلى أدري خلال يومين، أغلبهم نساء وأطفال، ويشكون من الجوع والعطش بعد رحلة سير طويلة.", "أدري", "Adre"),
]

AR_POSTS_BLIND: list[tuple[bool, str, str]] = [
    (True, "المساليت ديل لازم يرحلوا تشاد كلهم، الجنينة دي دار أهلنا وما حنخلي فيها زول منهم بعد الليلة", "Masalit"),
    (True, "الزرقة ديل وسخ ساي، نضفوا منهم الدار قبل الخريف وما ترجعوا إلا لمن الحلة تبقى فاضية", "Black people"),
    (True, "العبيد ديل ما بيفهموا غير السوط، اكتلوهم وخلوا البلد لأسيادها", "Black people"),
    (True, "ما تجيبوهم حيين! أي دعامي تلقاه في الطريق اكتله طوالي، ما دايرين أسرى ولا محاكم", "RSF fighters"),
    (True, "الحواضن ديل شركاء في الدم، أي فريق شال الدعامة لازم يتمسح من الخريطة هو وبهايمو", "RSF supporters"),
    (True, "الكيزان ديل سرطان في جسم البلد، حنكنسهم واحد واحد لحدي ما ما يفضل منهم زول يقول الله أكبر في منبر", "Islamists"),
    (True, "النوبة ديل زي القرود، حنطردهم من أطراف الخرطوم ونرجعهم الجبال البجوا منها", "Nuba"),
    (True, "يا رب الفور ديل ينقرضوا من وش الأرض، من جوا جبل مرة ما جابوا لينا غير الحركات والمشاكل", "Fur"),
    (True, "الزغاوة ديل جراد، أي سوق دخلوه خربوه. اكسحوهم من مليط وكتم قبل ما يكسحوكم", "Zaghawa"),
    (True, "الجنوبيين ديل طابور خامس، نص الدعامة منهم. لازم يترحلوا كلهم ومن أبى يندفن هنا", "South Sudanese"),
    (True, "عرب الشتات ديل كلاب جابوهم من النيجر وتشاد، حنمسحهم من دارفور وما حنخلي منهم لا راعي لا بقرة", "Arabs"),
    (True, "قائد ميداني في فيديو من الفاشر: \"الزرقة ديل حنكتلهم بيت بيت، الداير يعيش يطلع هسي قبل ما ندخل\"", "Black people"),
    (False, "مصادر محلية: مقتل 15 مدنيًا من المساليت في هجوم على قرية شمال الجنينة أمس، والأهالي دفنوهم في مقبرة جماعية", ""),
    (False, "كلمة \"عبيد\" دي ما نكتة ولا حرية رأي، دي عنصرية صريحة. الزول البيكتبها في القروبات بيجهز للمجزرة الجاية، بلغوا عن الحسابات دي", ""),
    (False, "قبل عشرين سنة الجنجويد كانوا بيهتفوا \"اكتلوا الزرقة\" في كرينك، ونفس الكلام راجع في الفيديوهات الليلة. ما تنسوا وما تسكتوا", ""),
    (False, "مؤتمر صلح بين الرزيقات والمعاليا في الضعين اليوم، ربنا يجعلو آخر دم بين الأهل والجيران", ""),
    (False, "الفيران أكلت التيراب في المخزن كلو، لازم نكتلهم قبل الزراعة. في زول في المناقل عندو سم كويس؟", ""),
    (False, "الجراد وصل مشاريع الجزيرة جنوب ود مدني، يا ناس وقاية النباتات رشوا قبل ما يكسح القمح كلو", ""),
    (False, "الليلة القمة يا مريخاب، حنسحقكم سحق وما تورونا وشكم في الاستاد تاني 😂💙", ""),
    (False, "الله يرحم عمنا عبيد ود الخليفة، زول كريم بيتو في كوستي كان مفتوح لكل غاشي وماشي", ""),
    (False, "صقور الجديان حيكتلوا جنوب السودان الليلة في التصفيات! ركزوا في الضربات الثابتة يا شباب", ""),
    (False, "محامو الطوارئ: مسلحون هددوا نازحي معسكر زمزم بالقتل على أساس القبيلة وطردوا أسرًا من الفور والزغاوة، ونطالب بتحقيق دولي عاجل", ""),
    (False, "الكلاب المسعورة كترت في الحلة وعضت شافعين، المحلية قالت حتكتلها الأسبوع الجاي. خلوا شفعكم جوه البيوت بالليل", ""),
    (False, "لا كوز لا دعامي لا زرقة لا عرب، كلنا سودانيين والدم السوداني واحد. لا للحرب ولا لخطاب الكراهية", ""),
]

EN_POSTS_BLIND: list[tuple[bool, str, str]] = [
    (True, "Every nyagat in Gudele is a White Army spy. Clear them out of Juba before they clear us out.", "Nuer"),
    (True, "The jienge are cattle-thieving locusts. Equatoria will only breathe when the last one is driven back to Bahr el Ghazal.", "Dinka"),
    (True, "Murle are a disease on Jonglei. No more peace conferences, hunt them down in Pibor and finish it this dry season.", "Murle"),
    (True, "These Equatorians in the bush around Yei are all rebels. Burn every village that feeds them and nobody will complain.", "Equatorians"),
    (True, "Adre is full of Sudanese refugees eating our grain. Push them back across the border, with sticks if they refuse.", "Sudanese refugees"),
    (True, "The Zaghawa have eaten Chad for thirty years. When the day comes we will not spare a single one in N'Djamena.", "Zaghawa"),
    (True, "Abid don't belong in Darfur. RSF should finish the job in El Fasher and clean the town of every zurga.", "Black people"),
    (True, "Shilluk on the west bank are snakes, all of them. Kill them before they bite Malakal again.", "Shilluk"),
    (False, "UN says at least 40 civilians were killed in clashes in Nasir last month, women and children among the dead.", ""),
    (False, "Calling people 'jienge' or 'nyagat' on Facebook is how December 2013 started. Report these accounts, don't share them.", ""),
    (False, "Dinka Bor and Murle elders signed a cattle-raid truce in Pibor today. Long may it hold, we have buried enough sons.", ""),
    (False, "Quelea birds are wiping out the sorghum around Gedaref. Ministry says aerial spraying to kill the flocks starts Monday.", ""),
    (False, "Al Hilal will destroy Mazembe tonight. No mercy, finish them in the first half boys!", ""),
    (False, "RIP Ustaz Abid Musa, my primary school teacher in Kosti. He taught three generations of our family to read.", ""),
    (False, "Survivors who reached Adre in 2023 told investigators the gunmen shouted 'no zurga will stay'. Those men must face trial.", ""),
    (False, "Zaghawa and Arab youth in Abeche played a unity football match yesterday. More of this, less of the hate online.", ""),
]

AR_REPORTS_BLIND: list[tuple[str, str, str]] = [
    ("سقطت أربع قذائف على السوق الكبير في الفاشر صباح اليوم، وأفاد شهود بمقتل خمسة مدنيين وإصابة آخرين نُقلوا إلى المستشفى السعودي.", "الفاشر", "El Fasher"),
    ("قصفت مسيّرة مطار نيالا مساء الثلاثاء، وسُمعت انفجارات متتالية في الأحياء الشرقية، ولم تتوفر حتى الآن حصيلة للضحايا.", "نيالا", "Nyala"),
    ("تعرضت أحياء كادقلي لقصف مدفعي لليوم الثالث على التوالي، مع استمرار الحصار ونقص حاد في الدواء والذرة.", "كادقلي", "Kadugli"),
    ("احتج مئات اللاجئين السودانيين في أدري على تقليص الحصص الغذائية، واعتقلت الشرطة التشادية 12 منهم بينهم ثلاثة قُصّر.", "أدري", "Adre"),
    ("اعتقلت الاستخبارات العسكرية ثمانية شبان من حي القلعة بسنار بتهمة التعاون مع الدعم السريع، ولم يُسمح لأسرهم بزيارتهم.", "سنار", "Sennar"),
    ("استهدفت مسيّرات مستودعات الوقود قرب الميناء الجنوبي ببورتسودان فجر الأحد، وتصاعدت أعمدة الدخان فوق المدينة.", "بورتسودان", "Port Sudan"),
    ("خرج العشرات في موكب سلمي بالدمازين للمطالبة بالإفراج عن معلمين معتقلين، وفرّقت الشرطة المحتجين بالغاز المسيل للدموع.", "الدمازين", "Ed Damazin"),
    ("حملة اعتقالات في القضارف طالت خمسة من أعضاء لجان المقاومة بعد منشورات تنتقد غلاء الخبز، وذويهم لا يعرفون مكان احتجازهم.", "القضارف", "Al Qadarif"),
    ("نهب مسلحون على دراجات نارية سوق كبكابية ليلة الخميس، واستولوا على المحاصيل والمواشي، وفرّ عدد من السكان نحو القرى الجبلية.", "كبكابية", "Kabkabiya"),
    ("اشتباكات عنيفة بين الجيش والدعم السريع على طريق الصادرات قرب أم روابة، وإغلاق السوق ونزوح أسر نحو الرهد.", "أم روابة", "Um Ruwaba"),
    ("اقتحم مسلحون مخيم جبل للاجئين قرب قوز بيضا ونهبوا مخزن حصص الإغاثة، وأصيب حارسان بجروح.", "قوز بيضا", "Goz Beida"),
    ("الدعم السريع يقصف أطراف المناقل بالمدفعية لأول مرة منذ أشهر، ومقتل طفلين وامرأة في قرية غرب المدينة.", "المناقل", "Al Manaqil"),
]


# A fourth writer's field reports for the place coder alone (text, town as written, town in
# English, ISO country code; "" for the four that name no place but use words that could pass
# for one). Written blind: 8 of the 18 towns were found before the curated short names and
# "أحياء" counted, 13 after; its misses were then read (Shendi, Ad Dabbah, Aweil: short names
# added to the curated list; "مستشفيات", hospitals of, made a locative word), giving 16.
AR_PLACE_REPORTS: list[tuple[str, str, str, str]] = [
    ("قصف مدفعي عنيف استهدف سوق كتم صباح اليوم، وأسفر عن مقتل ثلاثة مدنيين وإصابة أكثر من عشرة آخرين بينهم نساء وأطفال، والناس لسه خايفين يطلعوا من بيوتهم.", "كتم", "Kutum", "SD"),
    ("وصلت قافلة مساعدات غذائية إلى مليط بعد انتظار دام أسابيع، لكن الكميات ما بتكفي ربع الأسر النازحة المسجلة لدى لجان الطوارئ.", "مليط", "Mellit", "SD"),
    ("اعتقلت قوة مسلحة مساء أمس خمسة شباب من أحياء زالنجي بتهمة التعاون مع الطرف الآخر، ولم تُعرف أماكن احتجازهم حتى الآن.", "زالنجي", "Zalingei", "SD"),
    ("بالضعين انتشرت حالات الإسهال المائي الحاد خلال الأسبوع الماضي، وسجّل المتطوعون سبع عشرة حالة وفاة في ظل نقص حاد في المحاليل الوريدية.", "الضعين", "Ed Daein", "SD"),
    ("طائرة مسيّرة قصفت محطة السكة حديد في بابنوسة فجر الأحد، والدخان كان باين من بعيد، ولا توجد حتى الآن إحصائية دقيقة بعدد الضحايا.", "بابنوسة", "Babanusa", "SD"),
    ("كادقلي تعيش حصاراً خانقاً منذ أشهر، وأسعار الذرة تضاعفت ثلاث مرات، والأهالي بقوا ياكلوا وجبة واحدة في اليوم.", "كادقلي", "Kadugli", "SD"),
    ("نزحت مئات الأسر من القرى المحيطة إلى أم روابة هرباً من الاشتباكات، ويقيم معظمهم في المدارس والمساجد بدون أي دعم إنساني يُذكر.", "أم روابة", "Um Ruwaba", "SD"),
    ("خرج عشرات الطلاب في مظاهرة سلمية بمدينة الدمازين احتجاجاً على انقطاع الكهرباء والمياه، وفرّقتهم الشرطة بالغاز المسيل للدموع واعتقلت عدداً منهم.", "الدمازين", "Ed Damazin", "SD"),
    ("نهب مسلحون على عربات قتالية المحلات التجارية في رفاعة ونقلوا البضائع في شاحنات، والمحلات بقت فاضية تماماً بعد يومين من دخولهم.", "رفاعة", "Rufaa", "SD"),
    ("استقبلت مستشفيات شندي عشرات الجرحى القادمين من مناطق القتال، وتشكو الكوادر الطبية من نفاد أكياس الدم والمضادات الحيوية.", "شندي", "Shendi", "SD"),
    ("سجلت محلية حلفا الجديدة أكثر من مئتي إصابة بحمى الضنك خلال أسبوعين، والمراكز الصحية مكتظة والناس بيتعالجوا في الواطة.", "حلفا الجديدة", "New Halfa", "SD"),
    ("أسقطت الدفاعات الأرضية مسيّرة قرب الدبة فجر اليوم، وسقطت شظاياها على منازل مواطنين دون تسجيل إصابات بشرية حسب شهود عيان.", "الدبة", "Ad Dabbah", "SD"),
    ("أفاد متطوعون أن أطراف أويل تشهد تدفقاً مستمراً للعائدين والفارين من القتال، ويعيش كثيرون منهم تحت الأشجار بلا مأوى ولا مياه نظيفة.", "أويل", "Aweil", "SS"),
    ("وصلت شحنة لقاحات الكوليرا لبانتيو متأخرة عشرة أيام، وخلال الفترة دي توفي أربعة عشر شخصاً، والمنظمات بتطالب بفتح الطرق بشكل عاجل.", "بانتيو", "Bentiu", "SS"),
    ("من الرنك أفاد مراقبون بأن آلاف العابرين ينتظرون أياماً في مراكز الاستقبال المكتظة، مع تسجيل حالات سوء تغذية حاد بين الأطفال دون الخامسة.", "الرنك", "Renk", "SS"),
    ("عبرت أكثر من ألف أسرة إلى أدري خلال يومين فقط، وأغلبهم نساء وأطفال وصلوا حفاة وعطشى بعد رحلة سير استمرت أياماً.", "أدري", "Adre", "TD"),
    ("نظّم لاجئون وقفة احتجاجية أمام مكتب إحدى المنظمات في أبشي للمطالبة باستئناف توزيع الحصص الغذائية المتوقفة منذ شهرين.", "أبشي", "Abeche", "TD"),
    ("بلدة قوز بيضا شهدت توتراً بعد اعتقال السلطات ثلاثة ناشطين من اللاجئين، وأهاليهم ما عارفين عنهم أي حاجة لحدي هسي.", "قوز بيضا", "Goz Beida", "TD"),
    ("وقّع الطرفان على وثيقة السلام أمس لكن الناس ما مصدقين، والانتهاكات ما زالت مستمرة والنهب ما وقف لحدي هسي.", "", "", ""),
    ("أعلن القائد النصر في بيان جديد، بينما يعاني السكان من انقطاع الاتصالات وشح الوقود والوضع الجديد ما فيه أي تحسن منذ أسبوعين.", "", "", ""),
    ("لجأت عشرات الأسر إلى الجزيرة الصغيرة وسط النهر هرباً من إطلاق النار، وهم بلا طعام ولا دواء منذ ثلاثة أيام.", "", "", ""),
    ("قال أحد المتطوعين: أعرف أن المعسكر ممتلئ، لكن ما عندنا مكان تاني، والسوق اتقفل من الصباح بعد إطلاق نار كثيف.", "", "", ""),
]


# A fifth writer's event reports for the event rules alone (text, ACLED type as the writer
# gave it from the codebook's definitions, 5 of each type). Written blind to the drone, march,
# camp and flight cues: 20 of 30 before them, 23 after; its misses were then read (clashes
# called "مواجهات", drones that "fell" or belong to a side, executions "by firing squad",
# flogging), giving 29. The one left is a lynching by residents, which the rules read as theft.
AR_EVENT_REPORTS: list[tuple[str, str]] = [
    ("اندلعت اشتباكات عنيفة صباح اليوم بين الجيش وقوات الدعم السريع في محيط بابنوسة، واستمر تبادل إطلاق النار لساعات وسط أنباء عن سقوط قتلى من الطرفين.", "Battles"),
    ("القوة المشتركة استردت أم كدادة بعد معارك حامية مع الدعم السريع من الفجر لحدي المغرب، وفي عربات قتالية محروقة لسه مرمية في الطريق.", "Battles"),
    ("اشتبكت قوات دفاع شعب جنوب السودان مع مقاتلي الجيش الأبيض قرب الناصر بولاية أعالي النيل، وأكد سكان سماع دوي الأسلحة الثقيلة طوال الليل.", "Battles"),
    ("الدعم السريع هجموا على رئاسة اللواء في المدينة بعد قتال استمر يومين وسيطروا عليها، والجيش انسحب بعرباته ناحية الشرق حسب شهود عيان.", "Battles"),
    ("تجددت المواجهات المسلحة بين مليشيات قبليتين متنازعتين على الأرض في محلية الرديس، وأفاد مصدر محلي بمقتل اثني عشر مسلحاً من الجانبين.", "Battles"),
    ("استهدفت مسيّرة انتحارية محطة كهرباء أم دباكر فجر اليوم، ما أدى إلى اندلاع حريق كبير وانقطاع التيار عن أحياء واسعة في كوستي والمدن المجاورة.", "Explosions/Remote violence"),
    ("قذائف مدفعية عشوائية سقطت على سوق أبو شوك في الفاشر ظهر اليوم، وقتلت تسعة مدنيين بينهم أطفال وأصابت العشرات أثناء التسوق.", "Explosions/Remote violence"),
    ("الطيران الحربي رمى براميل متفجرة على سوق الكومة الأسبوعي، والأهالي بقولوا الضحايا فوق العشرين والجرحى اتنقلوا بالكارو للمركز الصحي.", "Explosions/Remote violence"),
    ("مسيرات الدعم السريع ضربت مستودعات الوقود جنب مطار بورتسودان الليلة، والدخان الأسود لسه طالع لحدي هسي والناس خايفة من ضربة تانية.", "Explosions/Remote violence"),
    ("سقطت مسيّرة على مدرسة تؤوي نازحين في حي الدرجة بالأبيض، فقُتلت امرأتان وأصيب ستة أطفال بجروح متفاوتة، بحسب غرفة طوارئ المدينة.", "Explosions/Remote violence"),
    ("هاجم مسلحون يرتدون زي الدعم السريع معسكر زمزم للنازحين عند الفجر، وقتلوا عدداً من الرجال داخل رواكيبهم قبل أن يضرموا النار في السوق.", "Violence against civilians"),
    ("اقتحم مسلحون على ظهور الجمال أطراف مخيم فرشانا للاجئين شرق تشاد، وخطفوا أربع نساء كن يجمعن الحطب، ولا يزال مصيرهن مجهولاً.", "Violence against civilians"),
    ("قوة من الدعم السريع أعدمت سبعة شباب رمياً بالرصاص أمام أهلهم في قرية بشرق الجزيرة، بعد اتهامهم بالتعاون مع الجيش والمستنفرين.", "Violence against civilians"),
    ("أفادت متطوعات في غرفة طوارئ طويلة بتعرض نساء وفتيات لاعتداءات جنسية على يد مسلحين أثناء فرارهن سيراً على الأقدام من الفاشر.", "Violence against civilians"),
    ("ناس المليشيا دخلوا الحلة وجلدوا الرجال بالسياط وحرقوا القطاطي، وضربوا راعي بالرصاص لأنه رفض يسلمهم بهايمه، والبقية شردوا للوادي.", "Violence against civilians"),
    ("أحرق شبان غاضبون قسم الشرطة في سوق ليبيا ورشقوا القوات بالحجارة، عقب مقتل سائق ركشة برصاص أحد أفراد نقطة التفتيش.", "Riots"),
    ("في جوبا هاجم حشد غاضب محلات تجار سودانيين وأحرق بعضها بعد انتشار فيديو لمقتل مواطنين جنوبيين، واستدعت السلطات تعزيزات أمنية.", "Riots"),
    ("الأهالي قبضوا على زول متهم بسرقة موتر في السوق وضربوه بالعصي والحجارة لحدي ما مات قبل ما تصل الشرطة.", "Riots"),
    ("اقتحم عشرات الطلاب الغاضبين مباني إدارة التعليم في الدمازين وحطموا الأثاث والنوافذ احتجاجاً على إلغاء نتائج امتحانات الشهادة.", "Riots"),
    ("في أبشي أضرم محتجون النار في الإطارات وهاجموا مقر المحافظة بالحجارة بعد مقتل تاجر على يد مجهولين، وردت قوات الدرك بإطلاق النار في الهواء.", "Riots"),
    ("خرجت مسيرة نسائية سلمية في كادقلي تطالب بفتح الطرق وإدخال الغذاء للمدينة المحاصرة، ورفعت المشاركات لافتات كُتب عليها الجوع يقتل أطفالنا.", "Protests"),
    ("موكب لجان المقاومة في بري اتفرق بالبمبان قبل ما يوصل الشارع الرئيسي، والشرطة اعتقلت تلاتة من الشباب الكانوا شايلين الأعلام.", "Protests"),
    ("نفذ معلمو ولاية نهر النيل إضراباً شاملاً عن العمل لليوم الثالث على التوالي، للمطالبة بصرف رواتبهم المتأخرة منذ ستة أشهر.", "Protests"),
    ("نظم لاجئون سودانيون وقفة احتجاجية أمام مكتب المفوضية في مخيم أدري شرقي تشاد، رفضاً لتقليص الحصص الغذائية الشهرية إلى النصف.", "Protests"),
    ("خرجت مسيرات في واو وأويل اليوم تطالب الحكومة بإطلاق سراح الصحفيين المعتقلين، وسلم المشاركون مذكرة لمكتب الحاكم دون أي حوادث.", "Protests"),
    ("نهب مسلحون على عربات دفع رباعي مخازن برنامج الأغذية العالمي في نيالا واستولوا على مئات الجوالات من الذرة، ولم يُصب أحد من الحراس بأذى.", "Strategic developments"),
    ("اعتقلت الاستخبارات العسكرية الناشط حسن عبد الرحيم من منزله في عطبرة فجر أمس، ولم تُعرف جهة احتجازه أو التهمة الموجهة إليه حتى الآن.", "Strategic developments"),
    ("وصل أكثر من ثلاثة آلاف لاجئ جديد إلى منطقة أدري خلال يومين، أغلبهم نساء وأطفال فارين من الجنينة وقرى غرب دارفور.", "Strategic developments"),
    ("ناس بالكاكي نهبوا البيوت الفاضية في حي الثورة بأم درمان، شالوا العفش والمكيفات والعربات وحملوها في دفارات، والسكان كانوا نازحين من بدري.", "Strategic developments"),
    ("دخلت قوات الدعم السريع مدينة المزروب دون أي مقاومة بعد انسحاب الحامية ليلاً، وانتشرت عرباتها في السوق ووسط الأحياء صباح اليوم.", "Strategic developments"),
]
