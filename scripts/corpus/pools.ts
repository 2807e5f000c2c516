/** Word pools for realistic Dutch documents: names, places, employers, issuers. */

export const FIRST_NAMES_M = [
  'Jan', 'Pieter', 'Kees', 'Henk', 'Johan', 'Willem', 'Dirk', 'Gerrit', 'Bram', 'Daan', 'Sem', 'Lucas', 'Thijs', 'Ruben', 'Jeroen',
  'Marco', 'Erik', 'Sander', 'Bas', 'Martijn', 'Wouter', 'Rob', 'Ronald', 'Patrick', 'Dennis', 'Kevin', 'Mark', 'Niels', 'Tim', 'Joost',
  'Mohamed', 'Ahmed', 'Youssef', 'Mustafa', 'Hakan', 'Emre', 'Murat', 'Yusuf', 'Omar', 'Bilal', 'Samir', 'Rachid', 'Karim', 'Hamza',
  'Mehmet', 'Ali', 'Hassan', 'Abdi', 'Tesfaye', 'Dawit', 'Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Andrei', 'Ion', 'Rajesh', 'Sunil',
  'Ricardo', 'Roy', 'Glenn', 'Errol', 'Winston', 'Michel', 'Ferry', 'Ivo', 'Stefan', 'Gijs', 'Maarten', 'Arjen', 'Hendrik', 'Cornelis',
];
export const FIRST_NAMES_F = [
  'Maria', 'Anna', 'Johanna', 'Els', 'Ingrid', 'Petra', 'Monique', 'Sandra', 'Linda', 'Esther', 'Marieke', 'Anouk', 'Sanne', 'Lisa',
  'Emma', 'Julia', 'Sophie', 'Fleur', 'Lotte', 'Eva', 'Karin', 'Wilma', 'Ria', 'Greet', 'Annemarie', 'Chantal', 'Priscilla', 'Kim',
  'Fatima', 'Khadija', 'Aicha', 'Naima', 'Samira', 'Yasmina', 'Meryem', 'Ayse', 'Fatma', 'Elif', 'Zeynep', 'Hatice', 'Amina', 'Hodan',
  'Saba', 'Selam', 'Agnieszka', 'Katarzyna', 'Magdalena', 'Ewa', 'Elena', 'Ioana', 'Shanti', 'Priya', 'Sharon', 'Jennifer', 'Gloria',
  'Rosita', 'Desiree', 'Nicole', 'Marjolein', 'Hanneke', 'Ilse', 'Joke', 'Tineke', 'Gerda', 'Bianca', 'Natasja', 'Yvonne', 'Miriam',
];
export const SURNAMES = [
  'de Vries', 'Jansen', 'de Jong', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer',
  'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn',
  'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven',
  'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'de Kok', 'Kuipers', 'van Wijk', 'Postma', 'Kramer',
  'Schipper', 'van Dijk', 'Timmermans', 'Sanders', 'Verbeek', 'Evers', 'Lammers', 'ter Horst', 'Wouters', 'Hermans', 'Veenstra',
  'El Amrani', 'Bouzid', 'El Idrissi', 'Benali', 'Ait Taleb', 'Ouali', 'Haddou', 'Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik',
  'Ozturk', 'Aydin', 'Arslan', 'Dogan', 'Kowalski', 'Nowak', 'Wisniewski', 'Wojcik', 'Popescu', 'Ionescu', 'Tesfamariam',
  'Gebremedhin', 'Haile', 'Abdullahi', 'Mohamud', 'Warsame', 'Al Hassan', 'Haddad', 'Khalil', 'Mahabier', 'Ramdin', 'Jagessar',
  'Sewdien', 'Pinas', 'Kross', 'Martina', 'Rosalia', 'Nguyen', 'Tran', 'Singh', 'Kumar', 'Oduya', 'Mensah', 'Asante', 'Boateng',
];

export const STREETS = [
  'Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianastraat', 'Beatrixlaan', 'Wilhelminastraat',
  'Oranjestraat', 'Nieuwstraat', 'Marktplein', 'Kastanjelaan', 'Eikenlaan', 'Berkenhof', 'Lindenlaan', 'Beukenstraat', 'Prinsengracht',
  'Vondelstraat', 'Rembrandtlaan', 'Van Goghstraat', 'Mozartlaan', 'Havenstraat', 'Parallelweg', 'Industrieweg', 'Spoorlaan',
  'Zonnebloemstraat', 'Tulpstraat', 'Rozenlaan', 'Narcissenhof', 'Meidoornstraat', 'Vlierstraat', 'Populierenlaan', 'Esdoornhof',
  'Burgemeester de Withstraat', 'Graaf Florisweg', 'Hoofdstraat', 'Achterweg', 'Veldweg', 'Sportlaan', 'Merelstraat', 'Kievitlaan',
  'Reigerstraat', 'Zwanenhof', 'Mr. Troelstralaan', 'Thorbeckestraat', 'Dr. Schaepmanstraat', 'Koningin Emmaplein', 'Singel',
];
export const CITIES = [
  'Voorbeeld', 'Voorbeeld', 'Voorbeeld', 'Voorbeeld', 'Voorbeeld', 'Voorbeeld', 'Noorddorp', 'Zuidwijk', 'Oosterhout', 'Westerveld',
];
export const OTHER_CITIES = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen', 'Arnhem',
  'Haarlem', 'Enschede', 'Zwolle', 'Leiden', 'Maastricht', 'Dordrecht', 'Zoetermeer', 'Amersfoort', 'Apeldoorn', 'Leeuwarden', 'Delft',
];

export const EMPLOYERS = [
  'Albert Heijn B.V.', 'Jumbo Supermarkten B.V.', 'PostNL Pakketten B.V.', 'Schoonmaakbedrijf Hago Nederland B.V.', 'CSU Cleaning Services',
  'Thuiszorg Rivierenland', 'Zorggroep De Linde', 'Bouwbedrijf Van Wijk B.V.', 'Bakkerij Bart', 'Hotel De Gouden Leeuw',
  'Restaurant Het Anker', 'Transportbedrijf Kuipers B.V.', 'Hoveniersbedrijf Groen & Co', 'Kinderopvang Het Zonnetje',
  'Lidl Nederland GmbH', 'Action Nederland B.V.', 'HEMA B.V.', 'Coolblue B.V.', 'Bol.com B.V.', 'Gemeentelijk Vervoerbedrijf',
  'Stichting Welzijn Voorbeeld', 'Kapsalon Linda', 'Installatiebedrijf Smit', 'Sociale Werkvoorziening Voorbeeld (Werkbedrijf)',
  'Hollander Techniek B.V.', 'Flexpool Logistiek B.V.', 'Distributiecentrum Noord B.V.', 'Garage Meijer', 'Ziekenhuis Rivierland',
];
export const STAFFING = ['Randstad Nederland', 'Tempo-Team', 'Adecco', 'Start People', 'Olympia Uitzendbureau', 'Manpower', 'YoungCapital', 'Covebo', 'Otto Workforce'];

export const JOB_TITLES = [
  'medewerker magazijn', 'orderpicker', 'schoonmaker', 'kassamedewerker', 'vakkenvuller', 'chauffeur', 'productiemedewerker',
  'medewerker bediening', 'afwasser', 'helpende zorg', 'huishoudelijk medewerker', 'administratief medewerker', 'klantenservicemedewerker',
  'postbezorger', 'beveiliger', 'hovenier', 'kok', 'pedagogisch medewerker', 'receptionist', 'monteur', 'timmerman', 'heftruckchauffeur',
];
export const JOB_TITLES_EN = ['warehouse operative', 'customer service agent', 'cleaner', 'kitchen assistant', 'delivery driver', 'data entry clerk', 'receptionist'];

export const BANKS = {
  ING: { code: 'INGB', bic: 'INGBNL2A', name: 'ING Bank N.V.' },
  RABO: { code: 'RABO', bic: 'RABONL2U', name: 'Rabobank' },
  ABN: { code: 'ABNA', bic: 'ABNANL2A', name: 'ABN AMRO Bank N.V.' },
  SNS: { code: 'SNSB', bic: 'SNSBNL2A', name: 'SNS' },
  ASN: { code: 'ASNB', bic: 'ASNBNL21', name: 'ASN Bank' },
  BUNQ: { code: 'BUNQ', bic: 'BUNQNL2A', name: 'bunq B.V.' },
  KNAB: { code: 'KNAB', bic: 'KNABNL2H', name: 'Knab' },
  TRIO: { code: 'TRIO', bic: 'TRIONL2U', name: 'Triodos Bank' },
  RBRB: { code: 'RBRB', bic: 'RBRBNL21', name: 'RegioBank' },
} as const;
export type BankKey = keyof typeof BANKS;

export const SHOPS = [
  'Albert Heijn 1234', 'Jumbo', 'Lidl', 'Aldi', 'Action', 'Kruidvat', 'HEMA', 'Etos', 'Plus', 'Dirk van den Broek', 'Primark', 'Zeeman',
  'Shell', 'Tango', 'NS Reizigers', 'Bol.com', 'Coolblue', 'Thuisbezorgd.nl', 'Apotheek Centrum', 'Blokker', 'Wibra', 'Praxis', 'Gamma',
];
export const CREDITORS = [
  ['Vattenfall', 'energie'], ['Eneco', 'energie'], ['Essent', 'energie'], ['Greenchoice', 'energie'], ['Ziggo', 'internet'],
  ['KPN', 'telefoon'], ['Odido', 'telefoon'], ['Lebara', 'telefoon'], ['Zilveren Kruis', 'zorgverzekering'], ['CZ', 'zorgverzekering'],
  ['VGZ', 'zorgverzekering'], ['Menzis', 'zorgverzekering'], ['Woonstichting De Kernen', 'huur'], ['Ymere', 'huur'],
  ['Vitens', 'water'], ['Evides', 'water'], ['Interpolis', 'verzekering'], ['Centraal Beheer', 'verzekering'],
] as const;
export const HOUSING_CORPS = ['Woonstichting De Kernen', 'Ymere', 'Woonbron', 'Vestia', 'Portaal', 'Mitros', 'Woonzorg Nederland', 'Eigen Haard', 'Stadgenoot', 'Woongoed Voorbeeld'];
export const DEBT_COLLECTORS = ['Intrum Nederland B.V.', 'GGN Mastering Credit', 'Flanderijn Gerechtsdeurwaarders', 'Vesting Finance', 'Syncasso', 'Lavg Gerechtsdeurwaarders', 'Cannock Chase', 'Hoist Finance', 'Incassobureau Lindorff'];
export const INSURERS = ['Zilveren Kruis', 'CZ', 'VGZ', 'Menzis', 'DSW', 'ONVZ', 'a.s.r.', 'Zorg en Zekerheid'];
export const COUNTRIES_HOLIDAY = ['Marokko', 'Turkije', 'Suriname', 'Polen', 'Spanje', 'Egypte', 'Curaçao', 'Roemenië', 'Ghana', 'Ethiopië', 'Frankrijk', 'België', 'Duitsland', 'Italië', 'Portugal'];
export const COUNTRIES_EN = ['Morocco', 'Turkey', 'Suriname', 'Poland', 'Spain', 'Egypt', 'Romania', 'Ghana', 'Ethiopia', 'Eritrea', 'Syria', 'India', 'Nigeria'];
export const DOCTORS = ['Huisartsenpraktijk De Linde', 'Huisartsenpraktijk Centrum', 'Gezondheidscentrum Zuid', 'Huisartsen Oosterhout', 'Praktijk Van Dam & Kok'];
export const HOSPITALS = ['Ziekenhuis Rivierland', 'Amphia Ziekenhuis', 'Isala', 'Maasstad Ziekenhuis', 'Jeroen Bosch Ziekenhuis', 'Rijnstate', 'Spaarne Gasthuis', 'UMC Utrecht', 'Erasmus MC'];
export const SCHOOLS = ['OBS De Regenboog', 'CBS De Wegwijzer', 'Het Mozaïek', 'Basisschool De Klimop', 'Montessorischool Voorbeeld', 'ROC Midden Nederland', 'Cals College'];
export const LAWYERS = ['Advocatenkantoor De Boer & Partners', 'Mr. A. van der Meer, advocaat', 'Sociaal Advocatenkantoor Voorbeeld', 'Advocatuur Kok & Bos', 'Van Dijk Advocaten'];
export const COURTS = ['Rechtbank Gelderland', 'Rechtbank Midden-Nederland', 'Rechtbank Den Haag', 'Rechtbank Rotterdam', 'Rechtbank Noord-Holland', 'Rechtbank Oost-Brabant', 'Rechtbank Overijssel', 'Rechtbank Zeeland-West-Brabant'];
