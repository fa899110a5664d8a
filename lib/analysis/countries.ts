/**
 * A gazetteer of states for party detection: the 193 UN member states, the two observer
 * states (Holy See, State of Palestine) and the European Union, with the names diplomatic
 * texts use for them in Chinese (simplified and traditional), English and Russian.
 *
 * Chinese names follow the forms China's Ministry of Foreign Affairs and the UN use (short and
 * full names), with their traditional-character renderings (Hong Kong and Taiwan forms) beside
 * them. English names are the UN short and formal names plus common alternatives. Russian
 * names are the UN/MID short and formal names in the nominative; every case form is generated
 * by {@link declineRussianName}.
 */

/** A state as the gazetteer knows it. */
export interface Country {
  /** ISO 3166-1 alpha-2 code ('EU' for the European Union, which ISO 3166 reserves exceptionally). */
  code: string;
  /**
   * Names in running text per language: official and common names; zh simplified and
   * traditional; ru in all six cases of every name; en with and without "the".
   */
  names: { zh: string[]; en: string[]; ru: string[] };
  /**
   * The one-character abbreviation Chinese uses in compounds (中 for China, 俄 for Russia),
   * where one is conventional and unambiguous; absent otherwise (巴 is Pakistan or Brazil,
   * 乌 Ukraine or Uzbekistan, 土 Türkiye or Turkmenistan, 马 Malaysia, Mali, Malta …).
   */
  zhAbbreviation?: string;
}

/**
 * One state: code, Chinese names, English names, Russian names (nominative), abbreviation.
 * Names are separated by '|'. In English, "(the) X" stands for both "X" and "the X". In
 * Russian, a name starting with '=' is indeclinable (КНР, США); every other name is declined
 * by {@link declineRussianName}.
 */
type StateRow = readonly [code: string, zh: string, en: string, ru: string, zhAbbreviation?: string];

// 'EU' is exceptionally reserved in ISO 3166-1 for the European Union. It is not a state,
// but it is a party to many agreements, so party detection needs it.
const STATE_ROWS: readonly StateRow[] = [
  ['AF', '阿富汗|阿富汗伊斯兰共和国|阿富汗伊斯蘭共和國', 'Afghanistan|(the) Islamic Republic of Afghanistan', 'Афганистан|Исламская Республика Афганистан'],
  ['AL', '阿尔巴尼亚|阿尔巴尼亚共和国|阿爾巴尼亞|阿爾巴尼亞共和國', 'Albania|(the) Republic of Albania', 'Албания|Республика Албания'],
  ['DZ', '阿尔及利亚|阿尔及利亚民主人民共和国|阿爾及利亞|阿爾及利亞民主人民共和國', 'Algeria|(the) People\'s Democratic Republic of Algeria', 'Алжир|Алжирская Народная Демократическая Республика'],
  ['AD', '安道尔|安道尔公国|安道爾|安道爾公國', 'Andorra|(the) Principality of Andorra', 'Андорра|Княжество Андорра'],
  ['AO', '安哥拉|安哥拉共和国|安哥拉共和國', 'Angola|(the) Republic of Angola', 'Ангола|Республика Ангола'],
  ['AG', '安提瓜和巴布达|安提瓜和巴布達|安地卡及巴布達', 'Antigua and Barbuda', 'Антигуа и Барбуда'],
  ['AR', '阿根廷|阿根廷共和国|阿根廷共和國', 'Argentina|(the) Argentine Republic', 'Аргентина|Аргентинская Республика'],
  ['AM', '亚美尼亚|亚美尼亚共和国|亞美尼亞|亞美尼亞共和國', 'Armenia|(the) Republic of Armenia', 'Армения|Республика Армения'],
  ['AU', '澳大利亚|澳大利亚联邦|澳大利亞|澳大利亞聯邦|澳洲', 'Australia|(the) Commonwealth of Australia', 'Австралия|Австралийский Союз', '澳'],
  ['AT', '奥地利|奥地利共和国|奧地利|奧地利共和國', 'Austria|(the) Republic of Austria', 'Австрия|Австрийская Республика', '奥'],
  ['AZ', '阿塞拜疆|阿塞拜疆共和国|亞塞拜然|阿塞拜疆共和國|亞塞拜然共和國', 'Azerbaijan|(the) Republic of Azerbaijan', 'Азербайджан|Азербайджанская Республика'],
  ['BS', '巴哈马|巴哈马国|巴哈馬|巴哈馬國', '(the) Bahamas|(the) Commonwealth of the Bahamas', 'Багамы|Багамские Острова|Содружество Багамских Островов'],
  ['BH', '巴林|巴林王国|巴林王國', 'Bahrain|(the) Kingdom of Bahrain', 'Бахрейн|Королевство Бахрейн'],
  ['BD', '孟加拉国|孟加拉人民共和国|孟加拉國|孟加拉人民共和國', 'Bangladesh|(the) People\'s Republic of Bangladesh', 'Бангладеш|Народная Республика Бангладеш', '孟'],
  ['BB', '巴巴多斯|巴貝多', 'Barbados', 'Барбадос'],
  ['BY', '白俄罗斯|白俄罗斯共和国|白俄羅斯|白俄羅斯共和國', 'Belarus|(the) Republic of Belarus', 'Беларусь|Белоруссия|Республика Беларусь', '白'],
  ['BE', '比利时|比利时王国|比利時|比利時王國', 'Belgium|(the) Kingdom of Belgium', 'Бельгия|Королевство Бельгия', '比'],
  ['BZ', '伯利兹|伯利茲|貝里斯', 'Belize', 'Белиз'],
  ['BJ', '贝宁|贝宁共和国|貝寧|貝南|貝寧共和國|貝南共和國', 'Benin|(the) Republic of Benin', 'Бенин|Республика Бенин'],
  ['BT', '不丹|不丹王国|不丹王國', 'Bhutan|(the) Kingdom of Bhutan', 'Бутан|Королевство Бутан'],
  ['BO', '玻利维亚|多民族玻利维亚国|玻利維亞|多民族玻利維亞國', 'Bolivia|(the) Plurinational State of Bolivia|Bolivia (Plurinational State of)', 'Боливия|Многонациональное Государство Боливия'],
  ['BA', '波斯尼亚和黑塞哥维那|波黑|波斯尼亞和黑塞哥維那', 'Bosnia and Herzegovina', 'Босния и Герцеговина'],
  ['BW', '博茨瓦纳|博茨瓦纳共和国|博茨瓦納|波札那|博茨瓦納共和國|波札那共和國', 'Botswana|(the) Republic of Botswana', 'Ботсвана|Республика Ботсвана'],
  ['BR', '巴西|巴西联邦共和国|巴西聯邦共和國', 'Brazil|(the) Federative Republic of Brazil', 'Бразилия|Федеративная Республика Бразилия'],
  ['BN', '文莱|文莱达鲁萨兰国|文萊|汶萊|文萊達魯薩蘭國|汶萊達魯薩蘭國', 'Brunei|Brunei Darussalam', 'Бруней|Бруней-Даруссалам|Государство Бруней-Даруссалам'],
  ['BG', '保加利亚|保加利亚共和国|保加利亞|保加利亞共和國', 'Bulgaria|(the) Republic of Bulgaria', 'Болгария|Республика Болгария'],
  ['BF', '布基纳法索|布基納法索|布吉納法索', 'Burkina Faso', 'Буркина-Фасо'],
  ['BI', '布隆迪|布隆迪共和国|蒲隆地|布隆迪共和國|蒲隆地共和國', 'Burundi|(the) Republic of Burundi', 'Бурунди|Республика Бурунди'],
  ['CV', '佛得角|佛得角共和国|維德角|佛得角共和國|維德角共和國', 'Cabo Verde|Cape Verde|(the) Republic of Cabo Verde', 'Кабо-Верде|Республика Кабо-Верде'],
  ['KH', '柬埔寨|柬埔寨王国|柬埔寨王國', 'Cambodia|(the) Kingdom of Cambodia', 'Камбоджа|Королевство Камбоджа', '柬'],
  ['CM', '喀麦隆|喀麦隆共和国|喀麥隆|喀麥隆共和國', 'Cameroon|(the) Republic of Cameroon', 'Камерун|Республика Камерун'],
  ['CA', '加拿大', 'Canada', 'Канада', '加'],
  ['CF', '中非共和国|中非共和國', '(the) Central African Republic', 'Центральноафриканская Республика|=ЦАР'],
  ['TD', '乍得|乍得共和国|查德|乍得共和國|查德共和國', 'Chad|(the) Republic of Chad', 'Чад|Республика Чад'],
  ['CL', '智利|智利共和国|智利共和國', 'Chile|(the) Republic of Chile', 'Чили|Республика Чили', '智'],
  ['CN', '中国|中华人民共和国|中國|中華人民共和國', 'China|(the) People\'s Republic of China|PRC', 'Китай|Китайская Народная Республика|=КНР', '中'],
  ['CO', '哥伦比亚|哥伦比亚共和国|哥倫比亞|哥倫比亞共和國', 'Colombia|(the) Republic of Colombia', 'Колумбия|Республика Колумбия'],
  ['KM', '科摩罗|科摩罗联盟|科摩羅|葛摩|科摩羅聯盟|葛摩聯盟', '(the) Comoros|(the) Union of the Comoros', 'Коморы|Коморские Острова|Союз Коморских Островов'],
  ['CG', '刚果（布）|刚果(布)|刚果共和国|剛果（布）|剛果(布)|剛果共和國', '(the) Congo|(the) Republic of the Congo|Congo-Brazzaville', 'Республика Конго'],
  ['CD', '刚果（金）|刚果(金)|刚果民主共和国|民主刚果|剛果（金）|剛果(金)|剛果民主共和國|民主剛果', '(the) Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa', 'Демократическая Республика Конго|=ДР Конго|=ДРК'],
  ['CR', '哥斯达黎加|哥斯达黎加共和国|哥斯達黎加|哥斯大黎加|哥斯達黎加共和國|哥斯大黎加共和國', 'Costa Rica|(the) Republic of Costa Rica', 'Коста-Рика|Республика Коста-Рика'],
  ['CI', '科特迪瓦|科特迪瓦共和国|象牙海岸|科特迪瓦共和國|象牙海岸共和國', 'Côte d\'Ivoire|Cote d\'Ivoire|Ivory Coast|(the) Republic of Côte d\'Ivoire', 'Кот-д\'Ивуар|Республика Кот-д\'Ивуар'],
  ['HR', '克罗地亚|克罗地亚共和国|克羅地亞|克羅埃西亞|克羅地亞共和國|克羅埃西亞共和國', 'Croatia|(the) Republic of Croatia', 'Хорватия|Республика Хорватия'],
  ['CU', '古巴|古巴共和国|古巴共和國', 'Cuba|(the) Republic of Cuba', 'Куба|Республика Куба'],
  ['CY', '塞浦路斯|塞浦路斯共和国|塞普勒斯|塞浦路斯共和國|塞普勒斯共和國', 'Cyprus|(the) Republic of Cyprus', 'Кипр|Республика Кипр'],
  ['CZ', '捷克|捷克共和国|捷克共和國', 'Czechia|(the) Czech Republic', 'Чехия|Чешская Республика', '捷'],
  ['KP', '朝鲜|朝鲜民主主义人民共和国|朝鮮|朝鮮民主主義人民共和國|北韓', '(the) Democratic People\'s Republic of Korea|DPRK|North Korea', 'Корейская Народно-Демократическая Республика|=КНДР|Северная Корея', '朝'],
  ['DK', '丹麦|丹麦王国|丹麥|丹麥王國', 'Denmark|(the) Kingdom of Denmark', 'Дания|Королевство Дания', '丹'],
  ['DJ', '吉布提|吉布提共和国|吉布提共和國', 'Djibouti|(the) Republic of Djibouti', 'Джибути|Республика Джибути'],
  ['DM', '多米尼克|多米尼克国|多米尼克國', 'Dominica|(the) Commonwealth of Dominica', 'Доминика|Содружество Доминики'],
  ['DO', '多米尼加|多米尼加共和国|多明尼加|多米尼加共和國|多明尼加共和國', '(the) Dominican Republic', 'Доминиканская Республика'],
  ['EC', '厄瓜多尔|厄瓜多尔共和国|厄瓜多爾|厄瓜多|厄瓜多爾共和國|厄瓜多共和國', 'Ecuador|(the) Republic of Ecuador', 'Эквадор|Республика Эквадор'],
  ['EG', '埃及|阿拉伯埃及共和国|阿拉伯埃及共和國', 'Egypt|(the) Arab Republic of Egypt', 'Египет|Арабская Республика Египет'],
  ['SV', '萨尔瓦多|萨尔瓦多共和国|薩爾瓦多|薩爾瓦多共和國', 'El Salvador|(the) Republic of El Salvador', 'Сальвадор|Республика Эль-Сальвадор'],
  ['GQ', '赤道几内亚|赤道几内亚共和国|赤道幾內亞|赤道幾內亞共和國', 'Equatorial Guinea|(the) Republic of Equatorial Guinea', 'Экваториальная Гвинея|Республика Экваториальная Гвинея'],
  ['ER', '厄立特里亚|厄立特里亚国|厄立特里亞|厄利垂亞|厄立特里亞國|厄利垂亞國', 'Eritrea|(the) State of Eritrea', 'Эритрея|Государство Эритрея'],
  ['EE', '爱沙尼亚|爱沙尼亚共和国|愛沙尼亞|愛沙尼亞共和國', 'Estonia|(the) Republic of Estonia', 'Эстония|Эстонская Республика'],
  ['SZ', '斯威士兰|斯威士兰王国|埃斯瓦蒂尼|埃斯瓦蒂尼王国|斯威士蘭|史瓦濟蘭|斯威士蘭王國|史瓦濟蘭王國|埃斯瓦蒂尼王國', 'Eswatini|(the) Kingdom of Eswatini|Swaziland', 'Эсватини|Королевство Эсватини|Свазиленд'],
  ['ET', '埃塞俄比亚|埃塞俄比亚联邦民主共和国|埃塞俄比亞|衣索比亞|埃塞俄比亞聯邦民主共和國|衣索比亞聯邦民主共和國', 'Ethiopia|(the) Federal Democratic Republic of Ethiopia', 'Эфиопия|Федеративная Демократическая Республика Эфиопия'],
  ['FJ', '斐济|斐济共和国|斐濟|斐濟共和國', 'Fiji|(the) Republic of Fiji', 'Фиджи|Республика Фиджи'],
  ['FI', '芬兰|芬兰共和国|芬蘭|芬蘭共和國', 'Finland|(the) Republic of Finland', 'Финляндия|Финляндская Республика', '芬'],
  ['FR', '法国|法兰西共和国|法國|法蘭西共和國', 'France|(the) French Republic', 'Франция|Французская Республика', '法'],
  ['GA', '加蓬|加蓬共和国|加彭|加蓬共和國|加彭共和國', 'Gabon|(the) Gabonese Republic', 'Габон|Габонская Республика'],
  ['GM', '冈比亚|冈比亚共和国|岡比亞|甘比亞|岡比亞共和國|甘比亞共和國', '(the) Gambia|(the) Republic of the Gambia', 'Гамбия|Республика Гамбия'],
  ['GE', '格鲁吉亚|格魯吉亞|喬治亞', 'Georgia', 'Грузия'],
  ['DE', '德国|德意志联邦共和国|德國|德意志聯邦共和國', 'Germany|(the) Federal Republic of Germany', 'Германия|Федеративная Республика Германия|=ФРГ', '德'],
  ['GH', '加纳|加纳共和国|加納|迦納|加納共和國|迦納共和國', 'Ghana|(the) Republic of Ghana', 'Гана|Республика Гана'],
  ['GR', '希腊|希腊共和国|希臘|希臘共和國', 'Greece|(the) Hellenic Republic', 'Греция|Греческая Республика', '希'],
  ['GD', '格林纳达|格林納達|格瑞那達', 'Grenada', 'Гренада'],
  ['GT', '危地马拉|危地马拉共和国|危地馬拉|瓜地馬拉|危地馬拉共和國|瓜地馬拉共和國', 'Guatemala|(the) Republic of Guatemala', 'Гватемала|Республика Гватемала'],
  ['GN', '几内亚|几内亚共和国|幾內亞|幾內亞共和國', 'Guinea|(the) Republic of Guinea', 'Гвинея|Республика Гвинея'],
  ['GW', '几内亚比绍|几内亚比绍共和国|幾內亞比紹|幾內亞比索|幾內亞比紹共和國|幾內亞比索共和國', 'Guinea-Bissau|(the) Republic of Guinea-Bissau', 'Гвинея-Бисау|Республика Гвинея-Бисау'],
  ['GY', '圭亚那|圭亚那合作共和国|圭亞那|蓋亞那|圭亞那合作共和國|蓋亞那合作共和國', 'Guyana|(the) Co-operative Republic of Guyana|(the) Cooperative Republic of Guyana', 'Гайана|Кооперативная Республика Гайана'],
  ['HT', '海地|海地共和国|海地共和國', 'Haiti|(the) Republic of Haiti', 'Гаити|Республика Гаити'],
  ['HN', '洪都拉斯|洪都拉斯共和国|宏都拉斯|洪都拉斯共和國|宏都拉斯共和國', 'Honduras|(the) Republic of Honduras', 'Гондурас|Республика Гондурас'],
  ['HU', '匈牙利', 'Hungary', 'Венгрия', '匈'],
  ['IS', '冰岛|冰島', 'Iceland', 'Исландия', '冰'],
  ['IN', '印度|印度共和国|印度共和國', 'India|(the) Republic of India', 'Индия|Республика Индия', '印'],
  ['ID', '印度尼西亚|印尼|印度尼西亚共和国|印度尼西亞|印度尼西亞共和國', 'Indonesia|(the) Republic of Indonesia', 'Индонезия|Республика Индонезия'],
  ['IR', '伊朗|伊朗伊斯兰共和国|伊朗伊斯蘭共和國', 'Iran|(the) Islamic Republic of Iran|Iran (Islamic Republic of)', 'Иран|Исламская Республика Иран'],
  ['IQ', '伊拉克|伊拉克共和国|伊拉克共和國', 'Iraq|(the) Republic of Iraq', 'Ирак|Республика Ирак'],
  ['IE', '爱尔兰|愛爾蘭', 'Ireland', 'Ирландия'],
  ['IL', '以色列|以色列国|以色列國', 'Israel|(the) State of Israel', 'Израиль|Государство Израиль', '以'],
  ['IT', '意大利|意大利共和国|義大利|意大利共和國|義大利共和國', 'Italy|(the) Italian Republic', 'Италия|Итальянская Республика', '意'],
  ['JM', '牙买加|牙買加', 'Jamaica', 'Ямайка'],
  ['JP', '日本|日本国|日本國', 'Japan', 'Япония', '日'],
  ['JO', '约旦|约旦哈希姆王国|約旦|約旦哈希姆王國', 'Jordan|(the) Hashemite Kingdom of Jordan', 'Иордания|Иорданское Хашимитское Королевство'],
  ['KZ', '哈萨克斯坦|哈萨克斯坦共和国|哈薩克斯坦|哈薩克斯坦共和國|哈薩克共和國', 'Kazakhstan|(the) Republic of Kazakhstan', 'Казахстан|Республика Казахстан', '哈'],
  ['KE', '肯尼亚|肯尼亚共和国|肯尼亞|肯亞|肯尼亞共和國|肯亞共和國', 'Kenya|(the) Republic of Kenya', 'Кения|Республика Кения'],
  ['KI', '基里巴斯|基里巴斯共和国|吉里巴斯|基里巴斯共和國|吉里巴斯共和國', 'Kiribati|(the) Republic of Kiribati', 'Кирибати|Республика Кирибати'],
  ['KW', '科威特|科威特国|科威特國', 'Kuwait|(the) State of Kuwait', 'Кувейт|Государство Кувейт'],
  ['KG', '吉尔吉斯斯坦|吉尔吉斯共和国|吉爾吉斯斯坦|吉爾吉斯共和國', 'Kyrgyzstan|(the) Kyrgyz Republic', 'Киргизия|Кыргызстан|Кыргызская Республика|Киргизская Республика', '吉'],
  ['LA', '老挝|老挝人民民主共和国|老撾|寮國|老撾人民民主共和國|寮人民民主共和國', 'Laos|Lao PDR|(the) Lao People\'s Democratic Republic', 'Лаос|Лаосская Народно-Демократическая Республика', '老'],
  ['LV', '拉脱维亚|拉脱维亚共和国|拉脱維亞|拉脫維亞|拉脱維亞共和國|拉脫維亞共和國', 'Latvia|(the) Republic of Latvia', 'Латвия|Латвийская Республика'],
  ['LB', '黎巴嫩|黎巴嫩共和国|黎巴嫩共和國', 'Lebanon|(the) Lebanese Republic', 'Ливан|Ливанская Республика', '黎'],
  ['LS', '莱索托|莱索托王国|萊索托|賴索托|萊索托王國|賴索托王國', 'Lesotho|(the) Kingdom of Lesotho', 'Лесото|Королевство Лесото'],
  ['LR', '利比里亚|利比里亚共和国|利比里亞|賴比瑞亞|利比里亞共和國|賴比瑞亞共和國', 'Liberia|(the) Republic of Liberia', 'Либерия|Республика Либерия'],
  ['LY', '利比亚|利比亚国|利比亞|利比亞國', 'Libya|(the) State of Libya', 'Ливия|Государство Ливия'],
  ['LI', '列支敦士登|列支敦士登公国|列支敦斯登|列支敦士登公國|列支敦斯登公國', 'Liechtenstein|(the) Principality of Liechtenstein', 'Лихтенштейн|Княжество Лихтенштейн'],
  ['LT', '立陶宛|立陶宛共和国|立陶宛共和國', 'Lithuania|(the) Republic of Lithuania', 'Литва|Литовская Республика'],
  ['LU', '卢森堡|卢森堡大公国|盧森堡|盧森堡大公國', 'Luxembourg|(the) Grand Duchy of Luxembourg', 'Люксембург|Великое Герцогство Люксембург'],
  ['MG', '马达加斯加|马达加斯加共和国|馬達加斯加|馬達加斯加共和國', 'Madagascar|(the) Republic of Madagascar', 'Мадагаскар|Республика Мадагаскар'],
  ['MW', '马拉维|马拉维共和国|馬拉維|馬拉維共和國', 'Malawi|(the) Republic of Malawi', 'Малави|Республика Малави'],
  ['MY', '马来西亚|馬來西亞', 'Malaysia', 'Малайзия'],
  ['MV', '马尔代夫|马尔代夫共和国|馬爾代夫|馬爾地夫|馬爾代夫共和國|馬爾地夫共和國', '(the) Maldives|(the) Republic of Maldives', 'Мальдивы|Мальдивская Республика'],
  ['ML', '马里|马里共和国|馬里|馬里共和國|馬利共和國', 'Mali|(the) Republic of Mali', 'Мали|Республика Мали'],
  ['MT', '马耳他|马耳他共和国|馬耳他|馬耳他共和國', 'Malta|(the) Republic of Malta', 'Мальта|Республика Мальта'],
  ['MH', '马绍尔群岛|马绍尔群岛共和国|馬紹爾群島|馬紹爾群島共和國', '(the) Marshall Islands|(the) Republic of the Marshall Islands', 'Маршалловы Острова|Республика Маршалловы Острова'],
  ['MR', '毛里塔尼亚|毛里塔尼亚伊斯兰共和国|毛里塔尼亞|茅利塔尼亞|毛里塔尼亞伊斯蘭共和國|茅利塔尼亞伊斯蘭共和國', 'Mauritania|(the) Islamic Republic of Mauritania', 'Мавритания|Исламская Республика Мавритания'],
  ['MU', '毛里求斯|毛里求斯共和国|模里西斯|毛里求斯共和國|模里西斯共和國', 'Mauritius|(the) Republic of Mauritius', 'Маврикий|Республика Маврикий'],
  ['MX', '墨西哥|墨西哥合众国|墨西哥合眾國', 'Mexico|(the) United Mexican States', 'Мексика|Мексиканские Соединённые Штаты', '墨'],
  ['FM', '密克罗尼西亚联邦|密克羅尼西亞聯邦', '(the) Federated States of Micronesia|Micronesia (Federated States of)', 'Федеративные Штаты Микронезии'],
  ['MD', '摩尔多瓦|摩尔多瓦共和国|摩爾多瓦|摩爾多瓦共和國', 'Moldova|(the) Republic of Moldova', 'Молдавия|Молдова|Республика Молдова'],
  ['MC', '摩纳哥|摩纳哥公国|摩納哥|摩納哥公國', 'Monaco|(the) Principality of Monaco', 'Монако|Княжество Монако'],
  ['MN', '蒙古国|蒙古|蒙古國', 'Mongolia', 'Монголия', '蒙'],
  ['ME', '黑山', 'Montenegro', 'Черногория'],
  ['MA', '摩洛哥|摩洛哥王国|摩洛哥王國', 'Morocco|(the) Kingdom of Morocco', 'Марокко|Королевство Марокко'],
  ['MZ', '莫桑比克|莫桑比克共和国|莫三比克|莫桑比克共和國|莫三比克共和國', 'Mozambique|(the) Republic of Mozambique', 'Мозамбик|Республика Мозамбик'],
  ['MM', '缅甸|缅甸联邦共和国|緬甸|緬甸聯邦共和國', 'Myanmar|(the) Republic of the Union of Myanmar', 'Мьянма|Республика Союз Мьянма', '缅'],
  ['NA', '纳米比亚|纳米比亚共和国|納米比亞|納米比亞共和國', 'Namibia|(the) Republic of Namibia', 'Намибия|Республика Намибия'],
  ['NR', '瑙鲁|瑙鲁共和国|瑙魯|諾魯|瑙魯共和國|諾魯共和國', 'Nauru|(the) Republic of Nauru', 'Науру|Республика Науру'],
  ['NP', '尼泊尔|尼泊尔联邦民主共和国|尼泊爾|尼泊爾聯邦民主共和國', 'Nepal|(the) Federal Democratic Republic of Nepal', 'Непал|Федеративная Демократическая Республика Непал'],
  ['NL', '荷兰|荷兰王国|荷蘭|荷蘭王國', '(the) Netherlands|(the) Kingdom of the Netherlands', 'Нидерланды|Королевство Нидерландов', '荷'],
  ['NZ', '新西兰|新西蘭|紐西蘭', 'New Zealand', 'Новая Зеландия'],
  ['NI', '尼加拉瓜|尼加拉瓜共和国|尼加拉瓜共和國', 'Nicaragua|(the) Republic of Nicaragua', 'Никарагуа|Республика Никарагуа'],
  ['NE', '尼日尔|尼日尔共和国|尼日爾|尼日|尼日爾共和國|尼日共和國', '(the) Niger|(the) Republic of the Niger', 'Нигер|Республика Нигер'],
  ['NG', '尼日利亚|尼日利亚联邦共和国|尼日利亞|奈及利亞|尼日利亞聯邦共和國|奈及利亞聯邦共和國', 'Nigeria|(the) Federal Republic of Nigeria', 'Нигерия|Федеративная Республика Нигерия'],
  ['MK', '北马其顿|北马其顿共和国|北馬其頓|北馬其頓共和國', 'North Macedonia|(the) Republic of North Macedonia', 'Северная Македония|Республика Северная Македония'],
  ['NO', '挪威|挪威王国|挪威王國', 'Norway|(the) Kingdom of Norway', 'Норвегия|Королевство Норвегия', '挪'],
  ['OM', '阿曼|阿曼苏丹国|阿曼蘇丹國', 'Oman|(the) Sultanate of Oman', 'Оман|Султанат Оман'],
  ['PK', '巴基斯坦|巴基斯坦伊斯兰共和国|巴基斯坦伊斯蘭共和國', 'Pakistan|(the) Islamic Republic of Pakistan', 'Пакистан|Исламская Республика Пакистан'],
  ['PW', '帕劳|帕劳共和国|帕勞|帛琉|帕勞共和國|帛琉共和國', 'Palau|(the) Republic of Palau', 'Палау|Республика Палау'],
  ['PA', '巴拿马|巴拿马共和国|巴拿馬|巴拿馬共和國', 'Panama|(the) Republic of Panama', 'Панама|Республика Панама'],
  ['PG', '巴布亚新几内亚|巴布亚新几内亚独立国|巴布亞新幾內亞|巴布亞紐幾內亞|巴布亞新幾內亞獨立國|巴布亞紐幾內亞獨立國', 'Papua New Guinea|(the) Independent State of Papua New Guinea', 'Папуа — Новая Гвинея|Папуа-Новая Гвинея|Независимое Государство Папуа — Новая Гвинея'],
  ['PY', '巴拉圭|巴拉圭共和国|巴拉圭共和國', 'Paraguay|(the) Republic of Paraguay', 'Парагвай|Республика Парагвай'],
  ['PE', '秘鲁|秘鲁共和国|秘魯|秘魯共和國', 'Peru|(the) Republic of Peru', 'Перу|Республика Перу', '秘'],
  ['PH', '菲律宾|菲律宾共和国|菲律賓|菲律賓共和國', '(the) Philippines|(the) Republic of the Philippines', 'Филиппины|Республика Филиппины', '菲'],
  ['PL', '波兰|波兰共和国|波蘭|波蘭共和國', 'Poland|(the) Republic of Poland', 'Польша|Республика Польша', '波'],
  ['PT', '葡萄牙|葡萄牙共和国|葡萄牙共和國', 'Portugal|(the) Portuguese Republic', 'Португалия|Португальская Республика', '葡'],
  ['QA', '卡塔尔|卡塔尔国|卡塔爾|卡達|卡塔爾國|卡達國', 'Qatar|(the) State of Qatar', 'Катар|Государство Катар'],
  ['KR', '韩国|大韩民国|韓國|大韓民國|南韓', '(the) Republic of Korea|South Korea|ROK', 'Республика Корея|Южная Корея', '韩'],
  ['RO', '罗马尼亚|羅馬尼亞', 'Romania', 'Румыния'],
  ['RU', '俄罗斯|俄罗斯联邦|俄国|俄羅斯|俄羅斯聯邦|俄國', 'Russia|(the) Russian Federation', 'Россия|Российская Федерация|=РФ', '俄'],
  ['RW', '卢旺达|卢旺达共和国|盧旺達|盧安達|盧旺達共和國|盧安達共和國', 'Rwanda|(the) Republic of Rwanda', 'Руанда|Республика Руанда'],
  ['KN', '圣基茨和尼维斯|圣基茨和尼维斯联邦|聖基茨和尼維斯|聖克里斯多福及尼維斯|聖基茨和尼維斯聯邦|聖克里斯多福及尼維斯聯邦', 'Saint Kitts and Nevis|(the) Federation of Saint Kitts and Nevis|Saint Christopher and Nevis', 'Сент-Китс и Невис|Федерация Сент-Китс и Невис'],
  ['LC', '圣卢西亚|聖盧西亞|聖露西亞', 'Saint Lucia', 'Сент-Люсия'],
  ['VC', '圣文森特和格林纳丁斯|聖文森特和格林納丁斯|聖文森及格瑞那丁', 'Saint Vincent and the Grenadines', 'Сент-Винсент и Гренадины'],
  ['WS', '萨摩亚|萨摩亚独立国|薩摩亞|薩摩亞獨立國', 'Samoa|(the) Independent State of Samoa', 'Самоа|Независимое Государство Самоа'],
  ['SM', '圣马力诺|圣马力诺共和国|聖馬力諾|聖馬利諾|聖馬力諾共和國|聖馬利諾共和國', 'San Marino|(the) Republic of San Marino', 'Сан-Марино|Республика Сан-Марино'],
  ['ST', '圣多美和普林西比|圣多美和普林西比民主共和国|聖多美和普林西比|聖多美和普林西比民主共和國', 'Sao Tome and Principe|São Tomé and Príncipe|(the) Democratic Republic of Sao Tome and Principe', 'Сан-Томе и Принсипи|Демократическая Республика Сан-Томе и Принсипи'],
  ['SA', '沙特阿拉伯|沙特|沙特阿拉伯王国|沙烏地阿拉伯|沙特阿拉伯王國|沙烏地阿拉伯王國', 'Saudi Arabia|(the) Kingdom of Saudi Arabia', 'Саудовская Аравия|Королевство Саудовская Аравия'],
  ['SN', '塞内加尔|塞内加尔共和国|塞內加爾|塞內加爾共和國', 'Senegal|(the) Republic of Senegal', 'Сенегал|Республика Сенегал'],
  ['RS', '塞尔维亚|塞尔维亚共和国|塞爾維亞|塞爾維亞共和國', 'Serbia|(the) Republic of Serbia', 'Сербия|Республика Сербия'],
  ['SC', '塞舌尔|塞舌尔共和国|塞舌爾|塞席爾|塞舌爾共和國|塞席爾共和國', 'Seychelles|(the) Republic of Seychelles', 'Сейшельские Острова|Сейшелы|Республика Сейшельские Острова'],
  ['SL', '塞拉利昂|塞拉利昂共和国|塞拉利昂共和國', 'Sierra Leone|(the) Republic of Sierra Leone', 'Сьерра-Леоне|Республика Сьерра-Леоне'],
  ['SG', '新加坡|新加坡共和国|新加坡共和國', 'Singapore|(the) Republic of Singapore', 'Сингапур|Республика Сингапур'],
  ['SK', '斯洛伐克|斯洛伐克共和国|斯洛伐克共和國', 'Slovakia|(the) Slovak Republic', 'Словакия|Словацкая Республика'],
  ['SI', '斯洛文尼亚|斯洛文尼亚共和国|斯洛文尼亞|斯洛維尼亞|斯洛文尼亞共和國|斯洛維尼亞共和國', 'Slovenia|(the) Republic of Slovenia', 'Словения|Республика Словения'],
  ['SB', '所罗门群岛|所羅門群島|索羅門群島', '(the) Solomon Islands', 'Соломоновы Острова'],
  ['SO', '索马里|索马里联邦共和国|索馬里|索馬利亞|索馬里聯邦共和國|索馬利亞聯邦共和國', 'Somalia|(the) Federal Republic of Somalia', 'Сомали|Федеративная Республика Сомали'],
  ['ZA', '南非|南非共和国|南非共和國', 'South Africa|(the) Republic of South Africa', 'Южная Африка|Южно-Африканская Республика|=ЮАР'],
  ['SS', '南苏丹|南苏丹共和国|南蘇丹|南蘇丹共和國', 'South Sudan|(the) Republic of South Sudan', 'Южный Судан|Республика Южный Судан'],
  ['ES', '西班牙|西班牙王国|西班牙王國', 'Spain|(the) Kingdom of Spain', 'Испания|Королевство Испания'],
  ['LK', '斯里兰卡|斯里兰卡民主社会主义共和国|斯里蘭卡|斯里蘭卡民主社會主義共和國', 'Sri Lanka|(the) Democratic Socialist Republic of Sri Lanka', 'Шри-Ланка|Демократическая Социалистическая Республика Шри-Ланка'],
  ['SD', '苏丹|苏丹共和国|蘇丹|蘇丹共和國', '(the) Sudan|(the) Republic of the Sudan', 'Судан|Республика Судан'],
  ['SR', '苏里南|苏里南共和国|蘇里南|蘇利南|蘇里南共和國|蘇利南共和國', 'Suriname|(the) Republic of Suriname', 'Суринам|Республика Суринам'],
  ['SE', '瑞典|瑞典王国|瑞典王國', 'Sweden|(the) Kingdom of Sweden', 'Швеция|Королевство Швеция'],
  ['CH', '瑞士|瑞士联邦|瑞士聯邦', 'Switzerland|(the) Swiss Confederation', 'Швейцария|Швейцарская Конфедерация'],
  ['SY', '叙利亚|阿拉伯叙利亚共和国|敘利亞|阿拉伯敘利亞共和國', 'Syria|(the) Syrian Arab Republic', 'Сирия|Сирийская Арабская Республика', '叙'],
  ['TJ', '塔吉克斯坦|塔吉克斯坦共和国|塔吉克斯坦共和國|塔吉克共和國', 'Tajikistan|(the) Republic of Tajikistan', 'Таджикистан|Республика Таджикистан', '塔'],
  ['TH', '泰国|泰王国|泰國|泰王國', 'Thailand|(the) Kingdom of Thailand', 'Таиланд|Королевство Таиланд', '泰'],
  ['TL', '东帝汶|东帝汶民主共和国|東帝汶|東帝汶民主共和國', 'Timor-Leste|East Timor|(the) Democratic Republic of Timor-Leste', 'Тимор-Лешти|Восточный Тимор|Демократическая Республика Тимор-Лешти'],
  ['TG', '多哥|多哥共和国|多哥共和國', 'Togo|(the) Togolese Republic', 'Того|Тоголезская Республика'],
  ['TO', '汤加|汤加王国|湯加|湯加王國', 'Tonga|(the) Kingdom of Tonga', 'Тонга|Королевство Тонга'],
  ['TT', '特立尼达和多巴哥|特立尼达和多巴哥共和国|特立尼達和多巴哥|千里達及托巴哥|特立尼達和多巴哥共和國|千里達及托巴哥共和國', 'Trinidad and Tobago|(the) Republic of Trinidad and Tobago', 'Тринидад и Тобаго|Республика Тринидад и Тобаго'],
  ['TN', '突尼斯|突尼斯共和国|突尼西亞|突尼斯共和國|突尼西亞共和國', 'Tunisia|(the) Republic of Tunisia|(the) Tunisian Republic', 'Тунис|Тунисская Республика'],
  ['TR', '土耳其|土耳其共和国|土耳其共和國', 'Türkiye|Turkey|(the) Republic of Türkiye|(the) Republic of Turkey', 'Турция|Турецкая Республика|Тюркийе|Республика Тюркийе'],
  ['TM', '土库曼斯坦|土庫曼斯坦', 'Turkmenistan', 'Туркмения|Туркменистан'],
  ['TV', '图瓦卢|圖瓦盧|吐瓦魯', 'Tuvalu', 'Тувалу'],
  ['UG', '乌干达|乌干达共和国|烏干達|烏干達共和國', 'Uganda|(the) Republic of Uganda', 'Уганда|Республика Уганда'],
  ['UA', '乌克兰|烏克蘭', 'Ukraine', 'Украина'],
  ['AE', '阿联酋|阿拉伯联合酋长国|阿聯酋|阿拉伯聯合酋長國|阿拉伯聯合大公國', '(the) United Arab Emirates|UAE', 'Объединённые Арабские Эмираты|=ОАЭ'],
  ['GB', '英国|大不列颠及北爱尔兰联合王国|联合王国|英國|大不列顛及北愛爾蘭聯合王國|聯合王國', '(the) United Kingdom|(the) United Kingdom of Great Britain and Northern Ireland|UK|Great Britain|Britain', 'Великобритания|Соединённое Королевство Великобритании и Северной Ирландии|Соединённое Королевство', '英'],
  ['TZ', '坦桑尼亚|坦桑尼亚联合共和国|坦桑尼亞|坦尚尼亞|坦桑尼亞聯合共和國|坦尚尼亞聯合共和國', 'Tanzania|(the) United Republic of Tanzania', 'Танзания|Объединённая Республика Танзания', '坦'],
  ['US', '美国|美利坚合众国|美國|美利堅合眾國', '(the) United States|(the) United States of America|USA|US|U.S.', 'Соединённые Штаты Америки|Соединённые Штаты|=США', '美'],
  ['UY', '乌拉圭|乌拉圭东岸共和国|烏拉圭|烏拉圭東岸共和國', 'Uruguay|(the) Oriental Republic of Uruguay', 'Уругвай|Восточная Республика Уругвай'],
  ['UZ', '乌兹别克斯坦|乌兹别克斯坦共和国|烏茲別克斯坦|烏茲別克斯坦共和國|烏茲別克共和國', 'Uzbekistan|(the) Republic of Uzbekistan', 'Узбекистан|Республика Узбекистан'],
  ['VU', '瓦努阿图|瓦努阿图共和国|瓦努阿圖|萬那杜|瓦努阿圖共和國|萬那杜共和國', 'Vanuatu|(the) Republic of Vanuatu', 'Вануату|Республика Вануату'],
  ['VE', '委内瑞拉|委内瑞拉玻利瓦尔共和国|委內瑞拉|委內瑞拉玻利瓦爾共和國', 'Venezuela|(the) Bolivarian Republic of Venezuela|Venezuela (Bolivarian Republic of)', 'Венесуэла|Боливарианская Республика Венесуэла'],
  ['VN', '越南|越南社会主义共和国|越南社會主義共和國', 'Viet Nam|Vietnam|(the) Socialist Republic of Viet Nam|(the) Socialist Republic of Vietnam', 'Вьетнам|Социалистическая Республика Вьетнам', '越'],
  ['YE', '也门|也门共和国|也門|葉門|也門共和國|葉門共和國', 'Yemen|(the) Republic of Yemen', 'Йемен|Йеменская Республика'],
  ['ZM', '赞比亚|赞比亚共和国|贊比亞|尚比亞|贊比亞共和國|尚比亞共和國', 'Zambia|(the) Republic of Zambia', 'Замбия|Республика Замбия', '赞'],
  ['ZW', '津巴布韦|津巴布韦共和国|津巴布韋|辛巴威|津巴布韋共和國|辛巴威共和國', 'Zimbabwe|(the) Republic of Zimbabwe', 'Зимбабве|Республика Зимбабве'],
  ['VA', '梵蒂冈|教廷|罗马教廷|梵蒂冈城国|梵蒂岡|羅馬教廷|梵蒂岡城國', '(the) Holy See|Vatican City|(the) Vatican', 'Святой Престол|Ватикан'],
  ['PS', '巴勒斯坦|巴勒斯坦国|巴勒斯坦國', 'Palestine|(the) State of Palestine', 'Палестина|Государство Палестина'],
  ['EU', '欧盟|欧洲联盟|歐盟|歐洲聯盟', '(the) European Union|EU', 'Европейский союз|Европейский Союз|Евросоюз|=ЕС'],
];

// ---------------------------------------------------------------------------------------
// Russian declension
// ---------------------------------------------------------------------------------------

/** The six case forms of a Russian name: nominative, genitive, dative, accusative, instrumental, prepositional. */
type CaseForms = [string, string, string, string, string, string];

const same = (word: string): CaseForms => [word, word, word, word, word, word];
const withEndings = (stem: string, endings: readonly string[]): CaseForms =>
  endings.map((ending) => stem + ending) as CaseForms;

// Words the rules below would get wrong: a fleeting vowel (Египет → Египта), a feminine soft
// sign (Беларусь), a plural in -а (Острова), a compound declined in its first part
// (Гвинея-Бисау), and a consonant-final name that does not decline (Бангладеш).
const IRREGULAR_NOUNS: Readonly<Record<string, CaseForms>> = {
  Египет: ['Египет', 'Египта', 'Египту', 'Египет', 'Египтом', 'Египте'],
  Беларусь: ['Беларусь', 'Беларуси', 'Беларуси', 'Беларусь', 'Беларусью', 'Беларуси'],
  Острова: ['Острова', 'Островов', 'Островам', 'Острова', 'Островами', 'Островах'],
  'Гвинея-Бисау': ['Гвинея-Бисау', 'Гвинеи-Бисау', 'Гвинее-Бисау', 'Гвинею-Бисау', 'Гвинеей-Бисау', 'Гвинее-Бисау'],
  Бангладеш: same('Бангладеш'),
};

// Plurals whose genitive has no ending (Филиппин, not *Филиппинов).
const PLURALS_WITH_BARE_GENITIVE = new Set(['Филиппины', 'Багамы', 'Мальдивы', 'Коморы', 'Гренадины', 'Сейшелы']);

/** Case endings of an adjective by its nominative ending, or null when the word is no adjective. */
function adjectiveForms(word: string): CaseForms | null {
  const ending = word.slice(-2);
  const stem = word.slice(0, -2);
  const hard = /[гкхжшчщ]$/.test(stem); // after these, ы is spelt и
  switch (ending) {
    case 'ая': return withEndings(stem, ['ая', 'ой', 'ой', 'ую', 'ой', 'ой']);
    case 'яя': return withEndings(stem, ['яя', 'ей', 'ей', 'юю', 'ей', 'ей']);
    case 'ый': return withEndings(stem, ['ый', 'ого', 'ому', 'ый', 'ым', 'ом']);
    case 'ий': return /[гкх]$/.test(stem)
      ? withEndings(stem, ['ий', 'ого', 'ому', 'ий', 'им', 'ом'])
      : withEndings(stem, ['ий', 'его', 'ему', 'ий', 'им', 'ем']);
    case 'ой': return withEndings(stem, ['ой', 'ого', 'ому', 'ой', hard ? 'им' : 'ым', 'ом']);
    case 'ое': return withEndings(stem, ['ое', 'ого', 'ому', 'ое', hard ? 'им' : 'ым', 'ом']);
    case 'ее': return withEndings(stem, ['ее', 'его', 'ему', 'ее', 'им', 'ем']);
    case 'ые': return withEndings(stem, ['ые', 'ых', 'ым', 'ые', 'ыми', 'ых']);
    case 'ие': return withEndings(stem, ['ие', 'их', 'им', 'ие', 'ими', 'их']);
  }
  // Short possessive plurals: Соломоновы Острова, Маршалловы Острова.
  if (/(ов|ев|ин)ы$/.test(word)) return withEndings(word.slice(0, -1), ['ы', 'ых', 'ым', 'ы', 'ыми', 'ых']);
  return null;
}

/** True for foreign names that Russian does not decline (Того, Перу, Чили, Зимбабве, Никарагуа). */
function isIndeclinable(word: string): boolean {
  if (/ство$/.test(word)) return false; // Королевство, Государство, Содружество decline
  return /[оеиуюэ]$/.test(word) || /[уо]а$/.test(word);
}

/** The case forms of a noun (the head of a name). */
function nounForms(word: string): CaseForms {
  const irregular = IRREGULAR_NOUNS[word];
  if (irregular) return [...irregular];
  if (word.includes('-')) {
    // Compounds decline in their last part (Коста-Рики, Кот-д'Ивуара), or not at all when
    // that part does not (Тимор-Лешти, Буркина-Фасо).
    const cut = word.lastIndexOf('-') + 1;
    const last = word.slice(cut);
    if (isIndeclinable(last)) return same(word);
    return nounForms(last).map((form) => word.slice(0, cut) + form) as CaseForms;
  }
  if (isIndeclinable(word)) return same(word);
  const stem1 = word.slice(0, -1);
  const stem2 = word.slice(0, -2);
  if (word.endsWith('ия')) return withEndings(stem2, ['ия', 'ии', 'ии', 'ию', 'ией', 'ии']);
  if (word.endsWith('ий')) return withEndings(stem2, ['ий', 'ия', 'ию', 'ий', 'ием', 'ии']);
  if (word.endsWith('я')) return withEndings(stem1, ['я', 'и', 'е', 'ю', 'ей', 'е']);
  if (word.endsWith('а')) {
    const genitive = /[гкхжшчщ]$/.test(stem1) ? 'и' : 'ы';
    const instrumental = /[жшчщц]$/.test(stem1) ? 'ей' : 'ой';
    return withEndings(stem1, ['а', genitive, 'е', 'у', instrumental, 'е']);
  }
  if (word.endsWith('ы')) {
    const genitive = PLURALS_WITH_BARE_GENITIVE.has(word) ? '' : 'ов';
    return withEndings(stem1, ['ы', genitive, 'ам', 'ы', 'ами', 'ах']);
  }
  if (word.endsWith('о')) return withEndings(stem1, ['о', 'а', 'у', 'о', 'ом', 'е']);
  if (word.endsWith('й')) return withEndings(stem1, ['й', 'я', 'ю', 'й', 'ем', 'е']);
  if (word.endsWith('ь')) return withEndings(stem1, ['ь', 'я', 'ю', 'ь', 'ем', 'е']);
  const instrumental = /[жшчщц]$/.test(word) ? 'ем' : 'ом';
  return withEndings(word, ['', 'а', 'у', '', instrumental, 'е']);
}

const CONNECTORS = new Set(['и', '—']);

/** Index of the head noun of the group starting at `start`: the first word that is not an adjective before another word. */
function headIndex(words: readonly string[], start: number): number {
  let i = start;
  while (i < words.length - 1 && !CONNECTORS.has(words[i + 1]!) && adjectiveForms(words[i]!)) i++;
  return i;
}

/**
 * The six case forms (nominative, genitive, dative, accusative, instrumental, prepositional)
 * of a Russian state name: its leading adjectives and head noun decline, the rest stays as it
 * is (Республика Казахстан → Республикой Казахстан; Соединённые Штаты Америки → Соединёнными
 * Штатами Америки), and a pair joined by "и" or "—" declines in both parts (Боснии и
 * Герцеговины, Папуа — Новой Гвинеи). Foreign names ending in a vowel other than а/я do not
 * decline (Того, Перу, Чили). A name starting with '=' is indeclinable as written.
 */
export function declineRussianName(name: string): string[] {
  if (name.startsWith('=')) return same(name.slice(1));
  const words = name.split(' ');
  const declined = new Map<number, CaseForms>();
  const declineGroup = (start: number, head: number): void => {
    for (let i = start; i < head; i++) declined.set(i, adjectiveForms(words[i]!)!);
    declined.set(head, nounForms(words[head]!));
  };
  const head = headIndex(words, 0);
  declineGroup(0, head);
  // A coordinated pair (Антигуа и Барбуда) declines in both parts, but only when the second
  // part is a bare group; in "Соединённое Королевство Великобритании и Северной Ирландии" the
  // words after the head are a fixed genitive.
  if (CONNECTORS.has(words[head + 1] ?? '') && head + 2 < words.length) {
    const second = headIndex(words, head + 2);
    if (second === words.length - 1) declineGroup(head + 2, second);
  }
  return [0, 1, 2, 3, 4, 5].map((c) => words.map((word, i) => declined.get(i)?.[c] ?? word).join(' '));
}

// ---------------------------------------------------------------------------------------
// The gazetteer
// ---------------------------------------------------------------------------------------

const unique = (values: readonly string[]): string[] => [...new Set(values)];

function englishNames(field: string): string[] {
  return field.split('|').flatMap((name) => (name.startsWith('(the) ') ? [name.slice(6), `the ${name.slice(6)}`] : [name]));
}

/** Every state (193 UN members and the 2 observer states) plus the European Union. */
export const COUNTRIES: readonly Country[] = STATE_ROWS.map(([code, zh, en, ru, zhAbbreviation]) => {
  // Declining every Russian name costs milliseconds: only on the first Russian look-up.
  let russian: string[] | null = null;
  const country: Country = {
    code,
    names: {
      zh: unique(zh.split('|')),
      en: unique(englishNames(en)),
      get ru() {
        russian ??= unique(ru.split('|').flatMap(declineRussianName));
        return russian;
      },
    },
  };
  if (zhAbbreviation) country.zhAbbreviation = zhAbbreviation;
  return country;
});

// Longer phrases that contain a state's name without naming the state: they are matched like
// names (so the scan skips them) but report nothing. 发展中国家 "developing countries" holds 中国,
// 拉美国家 "Latin American countries" holds 美国, 朝鲜半岛 is the Korean Peninsula, and so on.
const NOT_STATES: Readonly<Record<'zh' | 'en' | 'ru', readonly string[]>> = {
  zh: [
    '发展中国家', '發展中國家', '其中国', '其中國', '欧美国家', '歐美國家', '拉美国家', '拉美國家',
    '北美国家', '北美國家', '南美国家', '南美國家', '朝鲜半岛', '朝鮮半島', '朝鲜族', '朝鮮族',
    '内蒙古', '內蒙古', '蒙古族', '印度洋', '几内亚湾', '幾內亞灣', '新几内亚', '新幾內亞', '日本海',
    '墨西哥湾', '墨西哥灣', '约旦河', '約旦河', '美属萨摩亚', '美屬薩摩亞', '捷克斯洛伐克', '乍得湖',
  ],
  en: [
    'Gulf of Guinea', 'New Guinea', 'Sea of Japan', 'Gulf of Mexico', 'New Mexico', 'Niger Delta',
    'Congo Basin', 'Congo River', 'Jordan River', 'Lake Chad', 'American Samoa',
  ],
  ru: [...declineRussianName('Новая Гвинея'), 'озеро Чад', 'озера Чад', 'озеру Чад', 'озером Чад', 'озере Чад'],
};

interface TrieEntry {
  /** The state's code, or null for a phrase that is not a state. */
  code: string | null;
  /** The name as written in the data. */
  name: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: TrieEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

// Folds a character for matching without changing the string's length, so that offsets in the
// folded text are offsets in the original: lower case, ё → е, typographic apostrophes, dashes
// and spaces to one form each.
function foldChar(c: string, language: 'zh' | 'en' | 'ru'): string {
  if (language === 'zh') return c;
  if (/\s/.test(c)) return ' ';
  if (c === '’' || c === 'ʼ' || c === '‘') return "'";
  if (c === '‐' || c === '‑') return '-';
  if (c === '–') return '—';
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c;
  return lower === 'ё' ? 'е' : lower;
}

const fold = (text: string, language: 'zh' | 'en' | 'ru'): string =>
  Array.from(text, (c) => foldChar(c, language)).join('');

const tries = new Map<string, TrieNode>();

function trieFor(language: 'zh' | 'en' | 'ru'): TrieNode {
  let root = tries.get(language);
  if (root) return root;
  root = newNode();
  const add = (name: string, code: string | null): void => {
    let node = root!;
    for (const c of fold(name, language).replace(/ +/g, ' ')) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = newNode()));
      node = child;
    }
    node.entries.push({ code, name });
  };
  for (const country of COUNTRIES) for (const name of country.names[language]) add(name, country.code);
  for (const phrase of NOT_STATES[language]) add(phrase, null);
  tries.set(language, root);
  return root;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// An all-capitals name (US, UK, EU, DPRK, США, КНР) must match exactly: "us" is a pronoun.
const isAbbreviation = (name: string): boolean => /\p{Lu}/u.test(name) && name === name.toUpperCase();

/**
 * Whether the text's span could be this name in running text. Chinese names match as they
 * are. English and Russian names match regardless of case (THE RUSSIAN FEDERATION, The
 * Gambia) but must start with a capital letter after any "the" (so "china" and "turkey" in
 * lower case are not states), and abbreviations must match exactly.
 */
function accepts(entry: TrieEntry, span: string, language: 'zh' | 'en' | 'ru'): boolean {
  if (language === 'zh' || entry.code === null) return true;
  if (isAbbreviation(entry.name)) return span.replace(/\s+/g, ' ') === entry.name;
  const rest = entry.name.startsWith('the ') ? span.replace(/^the\s+/i, '') : span;
  const first = rest.match(/\p{L}/u)?.[0];
  return first !== undefined && first !== first.toLowerCase();
}

/**
 * Finds every state named in a text, each once, in order of first mention, with the span of
 * that first mention. A leftmost-longest scan: 俄罗斯联邦 before 俄罗斯, "Democratic People's
 * Republic of Korea" (KP) before "Republic of Korea" (KR), 白俄罗斯 (BY) before 俄罗斯. In
 * English and Russian a name matches only as whole words; Russian names match in any case
 * (Российской Федерацией, Республикой Казахстан); ё and е are the same letter. One-character
 * abbreviations (中俄) are not names: see {@link parseZhAbbreviationCompound}.
 */
export function findCountries(
  text: string,
  language: 'zh' | 'en' | 'ru',
): Array<{ code: string; start: number; end: number; text: string }> {
  if (language !== 'zh' && language !== 'en' && language !== 'ru') {
    throw new Error(`findCountries: unsupported language ${JSON.stringify(language)} (expected zh, en or ru)`);
  }
  const root = trieFor(language);
  const folded = fold(text, language);
  const wordBound = language !== 'zh';
  const found = new Map<string, { code: string; start: number; end: number; text: string }>();
  let i = 0;
  while (i < folded.length) {
    if (wordBound && (isWordChar(folded[i - 1]) || !isWordChar(folded[i]))) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = root;
    let j = i;
    let best: { entry: TrieEntry; end: number } | null = null;
    while (node && j <= folded.length) {
      if (node.entries.length > 0 && !(wordBound && isWordChar(folded[j]))) {
        const span = text.slice(i, j);
        const entry = node.entries.find((candidate) => accepts(candidate, span, language));
        if (entry) best = { entry, end: j };
      }
      if (j === folded.length) break;
      const c = folded[j]!;
      if (c === ' ') {
        // A run of spaces in the text matches the single space of a name.
        node = node.next.get(' ');
        while (folded[j] === ' ') j++;
      } else {
        node = node.next.get(c);
        j++;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const { entry, end } = best;
    if (entry.code !== null && !found.has(entry.code)) {
      found.set(entry.code, { code: entry.code, start: i, end, text: text.slice(i, end) });
    }
    i = end;
  }
  return [...found.values()];
}

// Traditional forms of the abbreviations whose characters differ between the scripts.
const TRADITIONAL_ABBREVIATIONS: Readonly<Record<string, string>> = { 韓: '韩', 緬: '缅', 贊: '赞', 奧: '奥', 敘: '叙' };

const BY_ABBREVIATION = new Map(
  COUNTRIES.filter((country) => country.zhAbbreviation).map((country) => [country.zhAbbreviation!, country.code]),
);

/**
 * Expands a Chinese compound of one-character state abbreviations into codes in order:
 * 中俄 → ['CN', 'RU'], 中俄印 → ['CN', 'RU', 'IN'], 中美 → ['CN', 'US'], 俄 → ['RU'] (the stem of
 * 俄方). Traditional characters are accepted (中韓). Returns null when the string is empty, holds
 * a character that is no conventional abbreviation, or names a state twice.
 */
export function parseZhAbbreviationCompound(text: string): string[] | null {
  const chars = Array.from(text);
  if (chars.length === 0) return null;
  const codes: string[] = [];
  for (const char of chars) {
    const code = BY_ABBREVIATION.get(TRADITIONAL_ABBREVIATIONS[char] ?? char);
    if (!code || codes.includes(code)) return null;
    codes.push(code);
  }
  return codes;
}
