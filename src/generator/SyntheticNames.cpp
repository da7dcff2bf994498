#include "SyntheticNames.h"

namespace reper::gen::SyntheticNames {

namespace {

const char* const kRomanianFemale[] = {
    u8"Ana",      u8"Andreea",   u8"Alexandra",    u8"Alina",     u8"Ana-Maria", u8"Bianca",  u8"Camelia",
    u8"Carmen",   u8"Cristina",  u8"Daniela",      u8"Denisa",    u8"Diana",     u8"Elena",   u8"Florentina",
    u8"Gabriela", u8"Georgiana", u8"Ioana",        u8"Ionela",    u8"Irina",     u8"Larisa",  u8"Loredana",
    u8"Luminița", u8"Mădălina",  u8"Maria",        u8"Marinela",  u8"Mihaela",   u8"Monica",  u8"Narcisa",
    u8"Nicoleta", u8"Oana",      u8"Paula",        u8"Ramona",    u8"Raluca",    u8"Roxana",  u8"Simona",
    u8"Sorina",   u8"Ștefania",  u8"Tănțica",      u8"Teodora",   u8"Valentina", u8"Violeta", u8"Adina",
    u8"Anca",     u8"Cătălina",  u8"Claudia",      u8"Corina",    u8"Florica",   u8"Geanina", u8"Iuliana",
    u8"Lavinia",  u8"Petruța",   u8"Rebeca",       u8"Sânziana",  u8"Viorica",   u8"Ileana",  u8"Lăcrămioara",
    u8"Mirela",   u8"Alexia",    u8"Bianca-Ioana", u8"Ecaterina", u8"Fănica",    u8"Rodica",  u8"Țuca",
    u8"Zâna",
};

const char* const kRomanianMale[] = {
    u8"Adrian", u8"Alexandru", u8"Andrei", u8"Bogdan",  u8"Cătălin",  u8"Ciprian",   u8"Claudiu", u8"Constantin",
    u8"Cosmin", u8"Costel",    u8"Daniel", u8"Dănuț",   u8"Dorin",    u8"Dumitru",   u8"Florin",  u8"Gabriel",
    u8"George", u8"Gheorghe",  u8"Ion",    u8"Ionuț",   u8"Iulian",   u8"Laurențiu", u8"Liviu",   u8"Marian",
    u8"Marius", u8"Mihai",     u8"Mircea", u8"Nicolae", u8"Ovidiu",   u8"Petru",     u8"Radu",    u8"Răzvan",
    u8"Sorin",  u8"Ștefan",    u8"Teodor", u8"Traian",  u8"Valentin", u8"Vasile",    u8"Viorel",  u8"Virgil",
    u8"Fănel",  u8"Ghiță",     u8"Sandu",  u8"Tică",
};

const char* const kRomanianLast[] = {
    u8"Popescu",   u8"Ionescu",   u8"Popa",      u8"Pop",      u8"Radu",      u8"Dumitru",    u8"Stoica",
    u8"Stan",      u8"Gheorghe",  u8"Rusu",      u8"Munteanu", u8"Matei",     u8"Constantin", u8"Șerban",
    u8"Moldovan",  u8"Ciobanu",   u8"Lungu",     u8"Ene",      u8"Marin",     u8"Mocanu",     u8"Toma",
    u8"Tudor",     u8"Dinu",      u8"Neagu",     u8"Florea",   u8"Georgescu", u8"Nistor",     u8"Mihai",
    u8"Preda",     u8"Oprea",     u8"Bălan",     u8"Bârsan",   u8"Anghel",    u8"Lupu",       u8"Grigoraș",
    u8"Ciocârlan", u8"Zamfir",    u8"Păun",      u8"Țăranu",   u8"Căpraru",   u8"Vlăduț",     u8"Dobre",
    u8"Sârbu",     u8"Enache",    u8"Cristea",   u8"Voicu",    u8"Bucur",     u8"Țurcanu",    u8"Ursu",
    u8"Răducanu",  u8"Diaconu",   u8"Niculescu", u8"Stănescu", u8"Pîrvu",     u8"Iordache",   u8"Dragomir",
    u8"Roman",     u8"Cozma",     u8"Chiriac",   u8"Ilie",     u8"Nedelcu",   u8"Tănase",     u8"Vasilescu",
    u8"Pavel",     u8"Manea",     u8"Sandu",     u8"Costache", u8"Jitaru",    u8"Buzatu",     u8"Ghiță",
    u8"Moraru",    u8"Crăciun",   u8"Lazăr",     u8"Barbu",    u8"Rădulescu", u8"Fărcaș",     u8"Mureșan",
    u8"Zăvoianu",  u8"Căldăraru", u8"Stoian",    u8"Lăutaru",  u8"Pașca",     u8"Boboc",      u8"Pricop",
    u8"Istrate",   u8"Trandafir", u8"Vâlcu",     u8"Șandru",   u8"Țugui",     u8"Hârțescu",   u8"Mânzat",
    u8"Gâlcă",
};

const char* const kHungarianFemale[] = {u8"Erzsébet", u8"Katalin", u8"Ildikó", u8"Andrea",  u8"Réka",
                                        u8"Tímea",    u8"Enikő",   u8"Anikó",  u8"Melinda", u8"Noémi"};
const char* const kHungarianMale[]
    = {u8"Attila", u8"Levente", u8"Zoltán", u8"Csaba", u8"István", u8"Árpád", u8"Lóránd", u8"Szabolcs", u8"Botond"};
const char* const kHungarianLast[]
    = {u8"Nagy",   u8"Kovács", u8"Szabó",   u8"Tóth",   u8"Kiss", u8"Molnár", u8"Varga",
       u8"Farkas", u8"Balogh", u8"Lakatos", u8"Fekete", u8"Bíró", u8"Szász",  u8"Fazakas"};

const char* const kMoldovanFemale[]
    = {u8"Tatiana", u8"Natalia", u8"Olga", u8"Svetlana", u8"Ina", u8"Doina", u8"Mariana", u8"Cristina"};
const char* const kMoldovanMale[] = {u8"Ion", u8"Vasile", u8"Sergiu", u8"Dumitru", u8"Vitalie", u8"Igor"};
const char* const kMoldovanLast[] = {u8"Cebotari", u8"Guțu",     u8"Lupașcu", u8"Rotaru", u8"Railean", u8"Țurcan",
                                     u8"Bivol",    u8"Cojocaru", u8"Botnari", u8"Ceban",  u8"Grosu",   u8"Munteanu"};

const char* const kUkrainianFemale[] = {"Olena", "Oksana", "Iryna", "Natalia", "Yulia", "Kateryna"};
const char* const kUkrainianMale[] = {"Andriy", "Oleksandr", "Serhiy", "Mykola", "Dmytro"};
const char* const kUkrainianLast[]
    = {"Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliinyk"};

const char* const kBulgarianFemale[] = {"Maria", "Ivelina", "Desislava", "Petya", "Gergana"};
const char* const kBulgarianMale[] = {"Georgi", "Dimitar", "Ivan", "Nikolay"};
const char* const kBulgarianLast[] = {"Ivanov", "Petrov", "Georgiev", "Dimitrov", "Stoyanov", "Nikolov"};

const char* const kVietnameseFemale[] = {"Thi Lan", "Thi Hoa", "Thi Mai", "Thu Trang"};
const char* const kVietnameseMale[] = {"Van Minh", "Van Hung", "Duc Anh"};
const char* const kVietnameseLast[] = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"};

const char* const kFilipinoFemale[] = {"Maria Cristina", "Jocelyn", "Analyn", "Rowena"};
const char* const kFilipinoMale[] = {"Jose", "Mark Anthony", "Rodel"};
const char* const kFilipinoLast[] = {"Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza"};

const char* const kNepaliFemale[] = {"Sita", "Gita", "Anita", "Sunita"};
const char* const kNepaliMale[] = {"Ram", "Bikash", "Suman"};
const char* const kNepaliLast[] = {"Gurung", "Tamang", "Shrestha", "Rai", "Thapa"};

const char* const kStreets[] = {
    u8"Str. Republicii",
    u8"Str. Primăverii",
    u8"Str. Zorilor",
    u8"Str. Bradului",
    u8"Str. Mihai Eminescu",
    u8"Bd. Independenței",
    u8"Str. Libertății",
    u8"Str. Unirii",
    u8"Aleea Teilor",
    u8"Str. Gării",
    u8"Str. Florilor",
    u8"Str. Mărășești",
    u8"Str. Tudor Vladimirescu",
    u8"Bd. Carol I",
    u8"Str. Avram Iancu",
    u8"Str. Ștefan cel Mare",
    u8"Str. Câmpului",
    u8"Str. Morii",
    u8"Str. Salcâmilor",
    u8"Aleea Trandafirilor",
    u8"Str. 1 Decembrie 1918",
    u8"Str. Ion Creangă",
    u8"Str. Lalelelor",
    u8"Str. Pieței",
    u8"Calea Națională",
    u8"Str. Păcii",
    u8"Str. Viitorului",
    u8"Bd. Revoluției",
    u8"Str. Înfrățirii",
    u8"Str. Țebei",
};

const char* const kVillages[] = {
    u8"Vânători",  u8"Fântânele",     u8"Dealu Frumos", u8"Gârcina",     u8"Ciurea",    u8"Valea Mare", u8"Poiana",
    u8"Izvoarele", u8"Mihai Viteazu", u8"Sălcioara",    u8"Bălteni",     u8"Cornu",     u8"Lunca",      u8"Românești",
    u8"Bradu",     u8"Gura Văii",     u8"Pădureni",     u8"Valea Seacă", u8"Băleni",    u8"Cârligi",    u8"Dobreni",
    u8"Frumușica", u8"Hârtoape",      u8"Stejaru",      u8"Tătărani",    u8"Vișina",    u8"Zăvoiu",     u8"Crângu",
    u8"Nucet",     u8"Ghimpați",      u8"Șendreni",     u8"Ungureni",    u8"Țigănești", u8"Mânăstirea",
};

template<std::size_t F, std::size_t M>
std::string byGender(Random& random, bool female, const char* const (&women)[F], const char* const (&men)[M])
{
    return female ? random.pick(women) : random.pick(men);
}

} // namespace

Origin originOf(Random& random, const std::string& citizenship, const std::string& countyCode)
{
    if (citizenship == "MD")
        return Origin::Moldovan;
    if (citizenship == "UA")
        return Origin::Ukrainian;
    if (citizenship == "BG")
        return Origin::Bulgarian;
    if (citizenship == "VN")
        return Origin::Vietnamese;
    if (citizenship == "PH")
        return Origin::Filipino;
    if (citizenship == "NP")
        return Origin::Nepali;
    if (countyCode == "HR" || countyCode == "CV")
        return random.chance(0.75) ? Origin::Hungarian : Origin::Romanian;
    if (countyCode == "MS" || countyCode == "SM" || countyCode == "BH" || countyCode == "SJ")
        return random.chance(0.3) ? Origin::Hungarian : Origin::Romanian;
    return Origin::Romanian;
}

std::string firstName(Random& random, bool female, Origin origin)
{
    switch (origin) {
    case Origin::Romanian: {
        std::string name = byGender(random, female, kRomanianFemale, kRomanianMale);
        if (random.chance(0.25)) {
            const std::string second = byGender(random, female, kRomanianFemale, kRomanianMale);
            if (second != name)
                name += ' ' + second;
        }
        return name;
    }
    case Origin::Hungarian: return byGender(random, female, kHungarianFemale, kHungarianMale);
    case Origin::Moldovan: return byGender(random, female, kMoldovanFemale, kMoldovanMale);
    case Origin::Ukrainian: return byGender(random, female, kUkrainianFemale, kUkrainianMale);
    case Origin::Bulgarian: return byGender(random, female, kBulgarianFemale, kBulgarianMale);
    case Origin::Vietnamese: return byGender(random, female, kVietnameseFemale, kVietnameseMale);
    case Origin::Filipino: return byGender(random, female, kFilipinoFemale, kFilipinoMale);
    case Origin::Nepali: return byGender(random, female, kNepaliFemale, kNepaliMale);
    }
    return {};
}

std::string lastName(Random& random, bool female, Origin origin)
{
    switch (origin) {
    case Origin::Romanian: return random.pick(kRomanianLast);
    case Origin::Hungarian: return random.pick(kHungarianLast);
    case Origin::Moldovan: return random.pick(kMoldovanLast);
    case Origin::Ukrainian: return random.pick(kUkrainianLast);
    case Origin::Bulgarian: return std::string(random.pick(kBulgarianLast)) + (female ? "a" : "");
    case Origin::Vietnamese: return random.pick(kVietnameseLast);
    case Origin::Filipino: return random.pick(kFilipinoLast);
    case Origin::Nepali: return random.pick(kNepaliLast);
    }
    return {};
}

std::string urbanAddress(Random& random, const std::string& city)
{
    std::string out = random.pick(kStreets);
    out += " nr. " + std::to_string(random.between(1, 140));
    if (random.chance(0.5)) {
        out += ", bl. ";
        out += char('A' + random.below(8));
        out += std::to_string(random.between(1, 40));
        out += ", sc. " + std::to_string(random.between(1, 4));
        out += ", ap. " + std::to_string(random.between(1, 80));
    }
    if (city == u8"București")
        out += ", sector " + std::to_string(random.between(1, 6));
    return out + ", " + city;
}

std::string ruralAddress(Random& random, const std::string& countyName)
{
    const std::string village = random.pick(kVillages);
    const std::string commune = random.chance(0.3) ? village : std::string(random.pick(kVillages));
    std::string out = "sat " + village + ", com. " + commune;
    if (random.chance(0.4))
        out += ", nr. " + std::to_string(random.between(1, 400));
    return out + ", jud. " + countyName;
}

std::string phone(Random& random)
{
    std::string digits = "07";
    digits += char('2' + random.below(8));
    for (int i = 0; i < 7; ++i)
        digits += char('0' + random.below(10));
    if (random.chance(0.6))
        return digits;
    return digits.substr(0, 4) + ' ' + digits.substr(4, 3) + ' ' + digits.substr(7, 3);
}

} // namespace reper::gen::SyntheticNames
