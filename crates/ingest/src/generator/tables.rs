//! The fixed data the generator draws on: England's regions and a selection of real local
//! authorities (with their towns, outward codes and drama-range phone prefixes), and the words
//! invented names and streets are made of.

// ---------------------------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------------------------

/// The nine English regions and their share of locations (roughly CQC's).
pub(super) const REGIONS: &[(&str, f64)] = &[
    ("London", 0.13),
    ("South East", 0.17),
    ("South West", 0.11),
    ("East of England", 0.11),
    ("West Midlands", 0.10),
    ("East Midlands", 0.09),
    ("Yorkshire and The Humber", 0.09),
    ("North West", 0.13),
    ("North East", 0.05),
];

/// A local authority: its region (index into [`REGIONS`]), postal county (empty for none),
/// approximate centre, outward codes (space-separated; `LS1-29` means LS1 to LS29), towns
/// (the first is the main one), the drama-range phone prefix to which three digits are added,
/// and a relative weight within its region.
pub(super) struct Authority {
    pub(super) name: &'static str,
    pub(super) region: usize,
    pub(super) county: &'static str,
    pub(super) lat: f64,
    pub(super) lon: f64,
    pub(super) outward: &'static str,
    pub(super) towns: &'static [&'static str],
    pub(super) phone: &'static str,
    pub(super) weight: u32,
}

// Indices into [`REGIONS`].
const LDN: usize = 0;
const SE: usize = 1;
const SW: usize = 2;
const EOE: usize = 3;
const WM: usize = 4;
const EM: usize = 5;
const YH: usize = 6;
const NW: usize = 7;
const NE: usize = 8;

/// Ofcom's "no area" drama range, used where the local area code has none.
const PHONE_ANY: &str = "01632 960";
/// Ofcom's drama ranges for London and Tyneside (others are written out in the table).
const PHONE_LONDON: &str = "020 7946 0";
const PHONE_TYNE: &str = "0191 498 0";

/// One [`Authority`] on one line of [`AUTHORITIES`].
macro_rules! la {
    ($name:expr, $region:expr, $county:expr, $lat:expr, $lon:expr, $outward:expr, [$($town:expr),+], $phone:expr, $weight:expr) => {
        Authority {
            name: $name,
            region: $region,
            county: $county,
            lat: $lat,
            lon: $lon,
            outward: $outward,
            towns: &[$($town),+],
            phone: $phone,
            weight: $weight,
        }
    };
}

#[rustfmt::skip]
pub(super) const AUTHORITIES: &[Authority] = &[
    // London
    la!("Camden", LDN, "", 51.5290, -0.1255, "NW1 NW3 NW5 NW6 WC1E WC1H WC1N", ["London"], PHONE_LONDON, 2),
    la!("Westminster", LDN, "", 51.4975, -0.1357, "SW1P SW1V W1H W1U W2 W9 NW8", ["London"], PHONE_LONDON, 2),
    la!("Croydon", LDN, "", 51.3762, -0.0982, "CR0 CR2 CR5 CR7 CR8 SE25", ["Croydon", "Purley", "Coulsdon", "Thornton Heath"], PHONE_LONDON, 4),
    la!("Barnet", LDN, "", 51.6252, -0.1517, "N2 N3 N11 N12 N20 NW4 NW7 EN4 EN5 HA8", ["London", "Barnet", "Edgware"], PHONE_LONDON, 4),
    la!("Bromley", LDN, "", 51.4039, 0.0198, "BR1-7", ["Bromley", "Orpington", "Beckenham", "Chislehurst"], PHONE_LONDON, 4),
    la!("Ealing", LDN, "", 51.5130, -0.3089, "W3 W5 W7 W13 UB1 UB2 UB5 UB6", ["London", "Southall", "Greenford", "Northolt"], PHONE_LONDON, 3),
    la!("Enfield", LDN, "", 51.6538, -0.0799, "EN1-3 N9 N13 N14 N18 N21", ["Enfield", "London"], PHONE_LONDON, 3),
    la!("Hackney", LDN, "", 51.5450, -0.0553, "E5 E8 E9 N16", ["London"], PHONE_LONDON, 2),
    la!("Havering", LDN, "", 51.5812, 0.1837, "RM1-3 RM11-14", ["Romford", "Hornchurch", "Upminster", "Rainham"], PHONE_LONDON, 3),
    la!("Lambeth", LDN, "", 51.4607, -0.1163, "SE11 SW2 SW4 SW8 SW9 SW16", ["London"], PHONE_LONDON, 2),
    la!("Newham", LDN, "", 51.5255, 0.0352, "E6 E7 E12 E13 E15 E16", ["London"], PHONE_LONDON, 2),
    la!("Hillingdon", LDN, "", 51.5441, -0.4760, "UB3 UB4 UB7-10 HA4", ["Uxbridge", "Hayes", "Ruislip", "West Drayton"], PHONE_LONDON, 3),
    // South East
    la!("Kent", SE, "Kent", 51.2704, 0.5227, "ME14-20", ["Maidstone", "Aylesford", "Snodland", "West Malling"], PHONE_ANY, 12),
    la!("Hampshire", SE, "Hampshire", 51.0632, -1.3080, "SO21-24 SO50 SO53", ["Winchester", "Eastleigh", "Chandler's Ford", "Alresford"], PHONE_ANY, 10),
    la!("Surrey", SE, "Surrey", 51.2362, -0.5704, "GU1-7 GU21-24", ["Guildford", "Woking", "Godalming", "Cranleigh"], PHONE_ANY, 9),
    la!("East Sussex", SE, "East Sussex", 50.7680, 0.2905, "BN20-24 BN26 BN27", ["Eastbourne", "Hailsham", "Polegate", "Pevensey"], PHONE_ANY, 5),
    la!("West Sussex", SE, "West Sussex", 50.8179, -0.3729, "BN11-15 BN43 BN44", ["Worthing", "Lancing", "Shoreham-by-Sea", "Steyning"], PHONE_ANY, 6),
    la!("Brighton and Hove", SE, "East Sussex", 50.8225, -0.1372, "BN1-3 BN41", ["Brighton", "Hove", "Portslade", "Rottingdean"], PHONE_ANY, 3),
    la!("Oxfordshire", SE, "Oxfordshire", 51.7520, -1.2577, "OX1-5 OX14 OX44", ["Oxford", "Abingdon", "Kidlington", "Wheatley"], PHONE_ANY, 6),
    la!("Buckinghamshire", SE, "Buckinghamshire", 51.8156, -0.8084, "HP17-22", ["Aylesbury", "Wendover", "Haddenham", "Princes Risborough"], PHONE_ANY, 5),
    la!("Reading", SE, "Berkshire", 51.4543, -0.9781, "RG1 RG2 RG4 RG30 RG31", ["Reading", "Caversham", "Tilehurst"], "0118 496 0", 3),
    la!("Milton Keynes", SE, "Buckinghamshire", 52.0406, -0.7594, "MK1-15", ["Milton Keynes", "Bletchley", "Newport Pagnell", "Wolverton"], PHONE_ANY, 3),
    la!("Southampton", SE, "Hampshire", 50.9097, -1.4044, "SO14-19", ["Southampton", "Woolston", "Shirley"], PHONE_ANY, 3),
    la!("Portsmouth", SE, "Hampshire", 50.8198, -1.0880, "PO1-6", ["Portsmouth", "Southsea", "Cosham"], PHONE_ANY, 3),
    la!("Medway", SE, "Kent", 51.3800, 0.5200, "ME1-5 ME7 ME8", ["Rochester", "Chatham", "Gillingham", "Strood"], PHONE_ANY, 3),
    la!("Isle of Wight", SE, "Isle of Wight", 50.6938, -1.3047, "PO30-41", ["Newport", "Ryde", "Cowes", "Sandown", "Shanklin"], PHONE_ANY, 3),
    // South West
    la!("Cornwall", SW, "Cornwall", 50.2632, -5.0510, "TR1-4 TR11 TR15 TR16", ["Truro", "Redruth", "Falmouth", "Penryn", "St Agnes"], PHONE_ANY, 8),
    la!("Devon", SW, "Devon", 50.7184, -3.5339, "EX1-6 EX8", ["Exeter", "Exmouth", "Crediton", "Topsham"], PHONE_ANY, 10),
    la!("Bristol, City of", SW, "", 51.4545, -2.5879, "BS1-16", ["Bristol"], "0117 496 0", 5),
    la!("Somerset", SW, "Somerset", 51.0158, -3.1023, "TA1-4 TA6 TA21", ["Taunton", "Wellington", "Bridgwater", "Bishops Lydeard"], PHONE_ANY, 7),
    la!("Dorset", SW, "Dorset", 50.7154, -2.4372, "DT1-5", ["Dorchester", "Weymouth", "Portland"], PHONE_ANY, 5),
    la!("Bournemouth, Christchurch and Poole", SW, "Dorset", 50.7192, -1.8808, "BH1-18", ["Bournemouth", "Poole", "Christchurch", "Boscombe"], PHONE_ANY, 6),
    la!("Gloucestershire", SW, "Gloucestershire", 51.8700, -2.1600, "GL1-4 GL50-53", ["Gloucester", "Cheltenham", "Churchdown", "Tewkesbury"], PHONE_ANY, 6),
    la!("Wiltshire", SW, "Wiltshire", 51.3190, -2.2083, "BA12-15 SN12", ["Trowbridge", "Melksham", "Bradford-on-Avon", "Westbury"], PHONE_ANY, 5),
    la!("Plymouth", SW, "Devon", 50.3755, -4.1427, "PL1-9", ["Plymouth", "Plympton", "Plymstock"], PHONE_ANY, 3),
    la!("North Somerset", SW, "Somerset", 51.3460, -2.9775, "BS21-24 BS48 BS49", ["Weston-super-Mare", "Worle", "Clevedon", "Nailsea"], PHONE_ANY, 3),
    la!("Torbay", SW, "Devon", 50.4619, -3.5253, "TQ1-5", ["Torquay", "Paignton", "Brixham"], PHONE_ANY, 3),
    la!("Swindon", SW, "Wiltshire", 51.5558, -1.7797, "SN1-6 SN25", ["Swindon", "Highworth", "Wroughton"], PHONE_ANY, 2),
    // East of England
    la!("Essex", EOE, "Essex", 51.7356, 0.4685, "CM1-4 CM8 CM9", ["Chelmsford", "Witham", "Maldon", "Danbury"], PHONE_ANY, 10),
    la!("Norfolk", EOE, "Norfolk", 52.6309, 1.2974, "NR1-14 NR18", ["Norwich", "Wymondham", "Hethersett", "Wroxham"], PHONE_ANY, 8),
    la!("Suffolk", EOE, "Suffolk", 52.0567, 1.1482, "IP1-10 IP12", ["Ipswich", "Woodbridge", "Needham Market", "Kesgrave"], PHONE_ANY, 6),
    la!("Hertfordshire", EOE, "Hertfordshire", 51.8000, -0.2500, "AL1-10 SG13 SG14", ["St Albans", "Hatfield", "Welwyn Garden City", "Harpenden", "Hertford"], PHONE_ANY, 8),
    la!("Cambridgeshire", EOE, "Cambridgeshire", 52.2053, 0.1218, "CB1-5 CB21-25", ["Cambridge", "Histon", "Cottenham", "Sawston"], PHONE_ANY, 5),
    la!("Peterborough", EOE, "Cambridgeshire", 52.5695, -0.2405, "PE1-4 PE7", ["Peterborough", "Whittlesey", "Werrington"], PHONE_ANY, 2),
    la!("Bedford", EOE, "Bedfordshire", 52.1360, -0.4667, "MK40-44", ["Bedford", "Kempston"], PHONE_ANY, 2),
    la!("Luton", EOE, "Bedfordshire", 51.8787, -0.4200, "LU1-4", ["Luton"], PHONE_ANY, 2),
    la!("Southend-on-Sea", EOE, "Essex", 51.5459, 0.7077, "SS0-3 SS9", ["Southend-on-Sea", "Leigh-on-Sea", "Westcliff-on-Sea", "Shoeburyness"], PHONE_ANY, 2),
    la!("Central Bedfordshire", EOE, "Bedfordshire", 52.0270, -0.4950, "MK45 LU5-7 SG17-19", ["Ampthill", "Flitwick", "Dunstable", "Biggleswade", "Leighton Buzzard"], PHONE_ANY, 3),
    // West Midlands
    la!("Birmingham", WM, "West Midlands", 52.4862, -1.8904, "B1-38 B42-45 B72-76", ["Birmingham", "Sutton Coldfield", "Erdington", "Edgbaston", "Selly Oak"], "0121 496 0", 10),
    la!("Coventry", WM, "West Midlands", 52.4068, -1.5197, "CV1-6", ["Coventry"], PHONE_ANY, 3),
    la!("Wolverhampton", WM, "West Midlands", 52.5862, -2.1288, "WV1-4 WV6 WV10 WV11 WV14", ["Wolverhampton", "Bilston", "Wednesfield"], PHONE_ANY, 3),
    la!("Dudley", WM, "West Midlands", 52.5120, -2.0811, "DY1-3 DY5-9 B62 B63", ["Dudley", "Stourbridge", "Halesowen", "Brierley Hill"], PHONE_ANY, 3),
    la!("Walsall", WM, "West Midlands", 52.5862, -1.9829, "WS1-10", ["Walsall", "Bloxwich", "Willenhall", "Aldridge"], PHONE_ANY, 3),
    la!("Sandwell", WM, "West Midlands", 52.5187, -1.9945, "B64-71 DY4", ["West Bromwich", "Oldbury", "Smethwick", "Tipton"], "0121 496 0", 3),
    la!("Staffordshire", WM, "Staffordshire", 52.8067, -2.1207, "ST15-21 WS15", ["Stafford", "Stone", "Rugeley", "Penkridge"], PHONE_ANY, 7),
    la!("Stoke-on-Trent", WM, "Staffordshire", 53.0027, -2.1794, "ST1-6", ["Stoke-on-Trent", "Hanley", "Burslem", "Longton"], PHONE_ANY, 3),
    la!("Worcestershire", WM, "Worcestershire", 52.1920, -2.2200, "WR1-5 WR9 WR14", ["Worcester", "Droitwich Spa", "Malvern", "Pershore"], PHONE_ANY, 5),
    la!("Shropshire", WM, "Shropshire", 52.7076, -2.7527, "SY1-5", ["Shrewsbury", "Bayston Hill", "Pontesbury", "Wem"], PHONE_ANY, 4),
    la!("Warwickshire", WM, "Warwickshire", 52.2850, -1.5369, "CV8 CV31-35 CV37", ["Warwick", "Royal Leamington Spa", "Kenilworth", "Stratford-upon-Avon"], PHONE_ANY, 5),
    la!("Herefordshire, County of", WM, "Herefordshire", 52.0565, -2.7160, "HR1-4", ["Hereford", "Credenhill"], PHONE_ANY, 2),
    // East Midlands
    la!("Nottingham", EM, "Nottinghamshire", 52.9548, -1.1581, "NG1-11", ["Nottingham", "Bulwell", "Clifton"], "0115 496 0", 4),
    la!("Nottinghamshire", EM, "Nottinghamshire", 53.1472, -1.1987, "NG15-22", ["Mansfield", "Sutton-in-Ashfield", "Kirkby-in-Ashfield", "Hucknall"], PHONE_ANY, 6),
    la!("Leicester", EM, "Leicestershire", 52.6369, -1.1398, "LE1-5", ["Leicester"], "0116 496 0", 4),
    la!("Leicestershire", EM, "Leicestershire", 52.7721, -1.2062, "LE7 LE11 LE12 LE67", ["Loughborough", "Shepshed", "Quorn", "Syston", "Coalville"], PHONE_ANY, 5),
    la!("Derby", EM, "Derbyshire", 52.9225, -1.4746, "DE1 DE3 DE21-24 DE73", ["Derby", "Mickleover", "Spondon"], PHONE_ANY, 3),
    la!("Derbyshire", EM, "Derbyshire", 53.2350, -1.4210, "S18 S40-45", ["Chesterfield", "Dronfield", "Staveley", "Clay Cross", "Bolsover"], PHONE_ANY, 6),
    la!("Lincolnshire", EM, "Lincolnshire", 53.2307, -0.5406, "LN1-6", ["Lincoln", "North Hykeham", "Saxilby", "Welton"], PHONE_ANY, 7),
    la!("West Northamptonshire", EM, "Northamptonshire", 52.2405, -0.9027, "NN1-7 NN12", ["Northampton", "Duston", "Towcester", "Brixworth"], PHONE_ANY, 4),
    // Yorkshire and The Humber
    la!("Leeds", YH, "West Yorkshire", 53.7997, -1.5492, "LS1-23 LS25-29", ["Leeds", "Otley", "Wetherby", "Morley", "Pudsey"], "0113 496 0", 12),
    la!("Bradford", YH, "West Yorkshire", 53.7950, -1.7594, "BD1-22", ["Bradford", "Keighley", "Shipley", "Bingley", "Ilkley"], PHONE_ANY, 5),
    la!("Sheffield", YH, "South Yorkshire", 53.3811, -1.4701, "S1-14 S17 S20 S35", ["Sheffield", "Stocksbridge", "Chapeltown", "Hillsborough"], "0114 496 0", 6),
    la!("North Yorkshire", YH, "North Yorkshire", 53.9921, -1.5418, "HG1-5", ["Harrogate", "Knaresborough", "Ripon", "Pateley Bridge"], PHONE_ANY, 6),
    la!("York", YH, "North Yorkshire", 53.9590, -1.0815, "YO1 YO10 YO23 YO24 YO26 YO30-32", ["York", "Haxby", "Dunnington"], PHONE_ANY, 3),
    la!("Kirklees", YH, "West Yorkshire", 53.6458, -1.7850, "HD1-9 WF13-17", ["Huddersfield", "Dewsbury", "Batley", "Holmfirth", "Mirfield"], PHONE_ANY, 5),
    la!("Wakefield", YH, "West Yorkshire", 53.6830, -1.4977, "WF1-10", ["Wakefield", "Pontefract", "Castleford", "Ossett", "Normanton"], PHONE_ANY, 4),
    la!("Kingston upon Hull, City of", YH, "East Riding of Yorkshire", 53.7457, -0.3367, "HU1-9", ["Hull"], PHONE_ANY, 3),
    la!("East Riding of Yorkshire", YH, "East Riding of Yorkshire", 53.8416, -0.4305, "HU10-17 HU20", ["Beverley", "Cottingham", "Hessle", "Willerby"], PHONE_ANY, 4),
    la!("Doncaster", YH, "South Yorkshire", 53.5228, -1.1285, "DN1-12", ["Doncaster", "Bentley", "Armthorpe", "Thorne"], PHONE_ANY, 4),
    // North West
    la!("Manchester", NW, "Greater Manchester", 53.4808, -2.2426, "M1-23 M40", ["Manchester", "Didsbury", "Wythenshawe", "Chorlton"], "0161 496 0", 6),
    la!("Liverpool", NW, "Merseyside", 53.4084, -2.9916, "L1-19 L24-27", ["Liverpool", "Allerton", "Walton", "Speke"], "0151 496 0", 6),
    la!("Wirral", NW, "Merseyside", 53.3700, -3.0700, "CH41-49 CH60-63", ["Birkenhead", "Wallasey", "West Kirby", "Heswall", "Bebington"], "0151 496 0", 4),
    la!("Lancashire", NW, "Lancashire", 53.7632, -2.7031, "PR1-7 PR25 PR26", ["Preston", "Chorley", "Leyland", "Longridge", "Penwortham"], PHONE_ANY, 9),
    la!("Cumberland", NW, "Cumbria", 54.8925, -2.9329, "CA1-7", ["Carlisle", "Brampton", "Dalston", "Wigton"], PHONE_ANY, 3),
    la!("Cheshire East", NW, "Cheshire", 53.0988, -2.4407, "CW1-5 CW11", ["Crewe", "Nantwich", "Sandbach", "Alsager"], PHONE_ANY, 4),
    la!("Cheshire West and Chester", NW, "Cheshire", 53.1934, -2.8931, "CH1-4 CH64-66", ["Chester", "Ellesmere Port", "Neston", "Saltney"], PHONE_ANY, 3),
    la!("Bolton", NW, "Greater Manchester", 53.5780, -2.4290, "BL1-7", ["Bolton", "Farnworth", "Horwich", "Westhoughton"], "0161 496 0", 3),
    la!("Wigan", NW, "Greater Manchester", 53.5450, -2.6320, "WN1-7", ["Wigan", "Leigh", "Hindley", "Standish"], PHONE_ANY, 3),
    la!("Rochdale", NW, "Greater Manchester", 53.6097, -2.1561, "OL10-12 OL16", ["Rochdale", "Heywood", "Littleborough", "Milnrow"], PHONE_ANY, 2),
    la!("Stockport", NW, "Greater Manchester", 53.4106, -2.1575, "SK1-8", ["Stockport", "Cheadle", "Bramhall", "Marple", "Hazel Grove"], "0161 496 0", 3),
    la!("Sefton", NW, "Merseyside", 53.5200, -3.0200, "L20-23 L30 L37 L38 PR8 PR9", ["Bootle", "Crosby", "Formby", "Maghull", "Southport"], "0151 496 0", 4),
    la!("Blackpool", NW, "Lancashire", 53.8175, -3.0357, "FY1-4", ["Blackpool", "Bispham"], PHONE_ANY, 3),
    // North East
    la!("Newcastle upon Tyne", NE, "Tyne and Wear", 54.9783, -1.6178, "NE1-7 NE12 NE13 NE15", ["Newcastle upon Tyne", "Gosforth", "Walker"], PHONE_TYNE, 3),
    la!("Sunderland", NE, "Tyne and Wear", 54.9060, -1.3830, "SR1-6 DH4 DH5", ["Sunderland", "Washington", "Houghton le Spring"], PHONE_TYNE, 3),
    la!("County Durham", NE, "County Durham", 54.7760, -1.5750, "DH1-3 DH6-9 DL16 DL17", ["Durham", "Chester le Street", "Spennymoor", "Stanley"], PHONE_ANY, 5),
    la!("Northumberland", NE, "Northumberland", 55.1680, -1.6880, "NE22 NE24 NE61-65", ["Morpeth", "Blyth", "Ashington", "Bedlington"], PHONE_ANY, 3),
    la!("Middlesbrough", NE, "North Yorkshire", 54.5760, -1.2350, "TS1-8", ["Middlesbrough", "Acklam", "Nunthorpe"], PHONE_ANY, 2),
    la!("Gateshead", NE, "Tyne and Wear", 54.9530, -1.6030, "NE8-11 NE16 NE21", ["Gateshead", "Whickham", "Blaydon-on-Tyne", "Ryton"], PHONE_TYNE, 2),
];

// ---------------------------------------------------------------------------------------------
// Words for invented names
// ---------------------------------------------------------------------------------------------

/// Trees, flowers and the like: "Rose Court", "Willow Lodge".
#[rustfmt::skip]
pub(super) const PLANTS: &[&str] = &[
    "Rose", "Oak", "Willow", "Beech", "Ash", "Elm", "Maple", "Cedar", "Holly", "Ivy", "Laurel",
    "Hazel", "Birch", "Rowan", "Lavender", "Heather", "Bramble", "Primrose", "Bluebell", "Fern",
    "Cherry", "Chestnut", "Poplar", "Linden", "Hawthorn", "Sycamore", "Juniper", "Magnolia",
    "Wisteria", "Foxglove", "Clover", "Acorn", "Silver Birch", "Larch", "Yew", "Lilac", "Myrtle",
    "Honeysuckle", "Jasmine", "Orchid", "Daisy", "Thistle", "Sorrel", "Alder", "Hornbeam",
];

/// Place-like stems: "Oakfield House", "Meadowbank Lodge".
#[rustfmt::skip]
pub(super) const STEMS: &[&str] = &[
    "Oakfield", "Meadowbank", "Ashgrove", "Fernlea", "Brookside", "Highfield", "Westfield",
    "Greenacres", "Hillcrest", "Lakeside", "Riverside", "Parkside", "Woodlands", "Fairview",
    "Bellevue", "Springfield", "Moorlands", "Hollybank", "Elmwood", "Beechwood", "Glenholme",
    "Ashdene", "Sunnyside", "Kingsley", "Ashton", "Abbeyfield", "Priory", "Millbrook", "Rosedale",
    "Oakdene", "Larchwood", "Hazelmere", "Greenbank", "Thornbury", "Woodside", "Whitegates",
    "Redbrook", "Stonecroft", "Orchard", "Heathfield", "Broadlands", "Marlowe", "Eastfield",
    "Southview", "Northdale", "Hillside", "Clifton", "Ravensworth", "Ferndale", "Bramley",
    "Cherry Tree", "Dovecote", "Fieldhouse", "Glebe", "Hartwell", "Ivydene", "Lindisfarne",
    "Mayfield", "Newlands", "Oaklands", "Pinewood", "Queensway", "Rydal", "Sandhurst",
    "Thornfield", "Uplands", "Valley View", "Wellbrook", "Yewtree", "Ambleside", "Burnside",
    "Claremont", "Deerpark", "Elmhurst", "Fairhaven", "Glenside", "Haven",
];

/// Building words: "Rose Court".
pub(super) const BUILDINGS: &[&str] = &[
    "Court", "House", "Lodge", "Manor", "Hall", "Grange", "View", "Gardens", "Park", "Place",
    "Mews", "Villa", "Cottage", "Towers", "Croft", "Rise",
];

/// "The Willows", "The Laurels".
#[rustfmt::skip]
pub(super) const THE_NAMES: &[&str] = &[
    "The Willows", "The Laurels", "The Beeches", "The Limes", "The Cedars", "The Elms",
    "The Hollies", "The Firs", "The Poplars", "The Maples", "The Oaks", "The Rowans", "The Gables",
    "The Orchards", "The Pines", "The Chestnuts", "The Briars", "The Meadows", "The Grange",
    "The Manor", "The Old Vicarage", "The Old Rectory", "The Coach House", "The Hawthorns",
    "The Sycamores", "The Larches", "The Mount", "The Priory", "The Lawns", "The Paddocks",
    "The Old School House",
];

/// "St Anne's", "St Cuthbert's Hospice".
#[rustfmt::skip]
pub(super) const SAINTS: &[&str] = &[
    "Anne", "Mary", "Joseph", "Catherine", "Margaret", "Michael", "George", "John", "Luke",
    "Elizabeth", "Helen", "Andrew", "Peter", "Clare", "Bridget", "Agnes", "Barnabas", "Cuthbert",
    "Hilda", "Aidan", "Wilfrid", "Columba",
];

/// Home-care agency names are first word, second word, tail: "Kindly Hands Home Care".
#[rustfmt::skip]
pub(super) const HOME_CARE_FIRST: &[&str] = &[
    "Kindly", "Caring", "Gentle", "Willing", "Steady", "Golden", "Friendly", "Trusted", "Brighter",
    "Comfort", "Homely", "Loyal", "Faithful", "Thoughtful", "Warm", "Open", "Patient", "Careful",
    "Neighbourly", "Tender", "Sunrise", "Evergreen", "Kind", "Bright",
];
#[rustfmt::skip]
pub(super) const HOME_CARE_SECOND: &[&str] = &[
    "Hands", "Hearts", "Touch", "Steps", "Companions", "Days", "Visits", "Horizons", "Care",
    "Support", "Neighbours", "Moments", "Paths", "Friends",
];
#[rustfmt::skip]
pub(super) const HOME_CARE_TAILS: &[&str] = &[
    "Home Care", "Home Care Services", "Care Services", "Homecare", "Care at Home",
    "Domiciliary Care", "Care Ltd", "Home Support",
];

/// Invented chain brands.
#[rustfmt::skip]
pub(super) const BRANDS: &[&str] = &[
    "Heartwood", "Thistledown", "Silverbrook", "Lanternfield", "Harebell", "Kestrel Vale",
    "Willowmere", "Stonecrop", "Fernbrook", "Amberglen", "Brackenridge", "Moorhen", "Corncrake",
    "Elderflower", "Goldcrest", "Wrenfield", "Linnetdale", "Meadowsweet", "Cloudberry",
    "Sandpiper", "Tansy", "Bellflower", "Greywether", "Hollowmere", "Oxlip", "Quillfield",
    "Redwing", "Starling Vale", "Teasel", "Umberleigh", "Vetch", "Whinfell", "Yarrowdale",
    "Aldermoor", "Bilberry", "Campion", "Dunnock", "Eyebright", "Fieldfare", "Gorsefield",
    "Hartsease", "Ivymead", "Juniper Hill", "Kingcup", "Lapwing", "Marigold Vale", "Nightjar",
    "Orrisdale", "Pipit", "Quaymoor", "Ragwort", "Skylark", "Treecreeper", "Upwey", "Wagtail",
    "Yellowhammer", "Ashcombe", "Brambling", "Coltsfoot", "Dewberry",
];

/// Invented surnames for GP practices, dentists and individual providers.
#[rustfmt::skip]
pub(super) const SURNAMES: &[&str] = &[
    "Ashworth", "Bramwell", "Carver", "Dunmore", "Ellison", "Fairbairn", "Garside", "Hebden",
    "Ingleby", "Jessop", "Kettlewell", "Lumb", "Marsden", "Netherwood", "Oldroyd", "Pickles",
    "Quarmby", "Rushworth", "Sutcliffe", "Thwaite", "Uttley", "Varley", "Whiteley", "Yeadon",
    "Akroyd", "Birtwistle", "Crabtree", "Dyson", "Exley", "Firth", "Greenwood", "Haigh",
    "Illingworth", "Jowett", "Kershaw", "Lister", "Midgley", "Naylor", "Ogden", "Priestley",
];

/// First initials for people's names: "Dr A Ashworth".
pub(super) const INITIALS: &[&str] = &[
    "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W",
];

/// "Church Road", "Willow Close".
pub(super) const STREET_KINDS: &[&str] = &[
    "Road", "Street", "Lane", "Avenue", "Drive", "Close", "Way", "Crescent", "Grove", "Terrace",
    "Gardens", "Park", "Hill", "Walk",
];

/// Street stems beyond plant and place words.
#[rustfmt::skip]
pub(super) const STREET_STEMS: &[&str] = &[
    "Church", "Station", "Mill", "Park", "High", "Victoria", "Albert", "Queen", "King", "Manor",
    "School", "Chapel", "Green", "Bridge", "Market", "North", "South", "West", "Hall", "Windmill",
    "Springfield", "Grange", "Moor", "Vicarage", "Castle", "Forge", "Quarry", "Orchard", "Beacon",
    "Common",
];

/// Inward-code letters (CQC postcodes never use C, I, K, M, O or V there).
pub(super) const INWARD_LETTERS: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";
