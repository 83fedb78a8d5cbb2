//! The demonstration-data generator: a deterministic, national-scale set of CQC-API-shaped
//! location and provider objects (one JSON object per line), so the directory can be built,
//! searched and measured without the real register.
//!
//! Everything is invented: names, brands, providers, ratings. Every object carries
//! `"carenavSynthetic": true`, addresses use real local authorities, towns and outward codes
//! but invented streets, and phone numbers are only ever in Ofcom's drama ranges. Websites use
//! the reserved `.example` domain.
//!
//! The same [`GenerateOptions`] always give byte-identical output: one ChaCha8 stream seeded
//! from `seed`, and no hash-map iteration anywhere near the output.

use std::collections::HashSet;
use std::io::Write;

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
use serde_json::Value;

use carenav_domain::date::Date;
use carenav_domain::directory::Rating;

/// How much to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Number of location objects (registered and deregistered, all sectors).
    pub locations: usize,
    pub seed: u64,
}

/// What was generated. Care homes, home care, beds and never-rated count registered
/// locations only; `never_rated` leaves out dentists, whom CQC does not rate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GenerateStats {
    pub locations: usize,
    pub providers: usize,
    pub care_homes: usize,
    pub home_care: usize,
    pub deregistered: usize,
    pub never_rated: usize,
    pub beds: u64,
}

// ---------------------------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------------------------

/// The nine English regions and their share of locations (roughly CQC's).
const REGIONS: &[(&str, f64)] = &[
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
struct Authority {
    name: &'static str,
    region: usize,
    county: &'static str,
    lat: f64,
    lon: f64,
    outward: &'static str,
    towns: &'static [&'static str],
    phone: &'static str,
    weight: u32,
}

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
const PHONE_LONDON: &str = "020 7946 0";
const PHONE_TYNE: &str = "0191 498 0";

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
const AUTHORITIES: &[Authority] = &[
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
// Services, specialisms and regulated activities
// ---------------------------------------------------------------------------------------------

/// CQC service types: (name, description).
const SVC_NURSING: (&str, &str) = ("Nursing homes", "Care home service with nursing");
const SVC_RESIDENTIAL: (&str, &str) = ("Residential homes", "Care home service without nursing");
const SVC_HOMECARE: (&str, &str) = ("Homecare agencies", "Domiciliary care service");
const SVC_SUPPORTED: (&str, &str) = ("Supported living", "Supported living service");
const SVC_SHARED_LIVES: (&str, &str) = ("Shared Lives", "Shared Lives");
const SVC_EXTRA_CARE: (&str, &str) = ("Extra Care housing services", "Extra Care housing services");
const SVC_HOSPICE: (&str, &str) = ("Hospice services", "Hospice services");
const SVC_GP: (&str, &str) = ("Doctors/GPs", "Doctors consultation service");
const SVC_DENTIST: (&str, &str) = ("Dentist", "Dental service");
const SVC_HOSPITAL: (&str, &str) = ("Hospitals", "Acute services with overnight beds");
const SVC_COMMUNITY: (&str, &str) = (
    "Community health care services",
    "Community health care services",
);
const SVC_REHAB: (&str, &str) = ("Rehabilitation services", "Rehabilitation services");

const SP_DEMENTIA: &str = "Dementia";
const SP_OVER65: &str = "Caring for adults over 65 yrs";
const SP_UNDER65: &str = "Caring for adults under 65 yrs";
const SP_LD: &str = "Learning disabilities";
const SP_MH: &str = "Mental health conditions";
const SP_PHYS: &str = "Physical disabilities";
const SP_SENSORY: &str = "Sensory impairments";
const SP_SUBSTANCE: &str = "Substance misuse problems";
const SP_EATING: &str = "Eating disorders";
const SP_CHILDREN: &str = "Caring for children";
const SP_MHA: &str = "Caring for people whose rights are restricted under the Mental Health Act";

/// CQC regulated activities: (name, code).
const RA_ACCOMMODATION: (&str, &str) = (
    "Accommodation for persons who require nursing or personal care",
    "RA2",
);
const RA_PERSONAL: (&str, &str) = ("Personal care", "RA1");
const RA_TREATMENT: (&str, &str) = ("Treatment of disease, disorder or injury", "RA5");
const RA_DIAGNOSTIC: (&str, &str) = ("Diagnostic and screening procedures", "RA4");
const RA_SURGICAL: (&str, &str) = ("Surgical procedures", "RA7");
const RA_MATERNITY: (&str, &str) = ("Maternity and midwifery services", "RA8");
const RA_FAMILY: (&str, &str) = ("Family planning", "RA9");
const RA_NURSING_CARE: (&str, &str) = ("Nursing care", "RA11");
const RA_DETAINED: (&str, &str) = (
    "Assessment or medical treatment for persons detained under the Mental Health Act 1983",
    "RA3",
);
const RA_SUBSTANCE: (&str, &str) = (
    "Accommodation for persons who require treatment for substance misuse",
    "RA6",
);

// ---------------------------------------------------------------------------------------------
// Words for invented names
// ---------------------------------------------------------------------------------------------

/// Trees, flowers and the like: "Rose Court", "Willow Lodge".
#[rustfmt::skip]
const PLANTS: &[&str] = &[
    "Rose", "Oak", "Willow", "Beech", "Ash", "Elm", "Maple", "Cedar", "Holly", "Ivy", "Laurel",
    "Hazel", "Birch", "Rowan", "Lavender", "Heather", "Bramble", "Primrose", "Bluebell", "Fern",
    "Cherry", "Chestnut", "Poplar", "Linden", "Hawthorn", "Sycamore", "Juniper", "Magnolia",
    "Wisteria", "Foxglove", "Clover", "Acorn", "Silver Birch", "Larch", "Yew", "Lilac", "Myrtle",
    "Honeysuckle", "Jasmine", "Orchid", "Daisy", "Thistle", "Sorrel", "Alder", "Hornbeam",
];

/// Place-like stems: "Oakfield House", "Meadowbank Lodge".
#[rustfmt::skip]
const STEMS: &[&str] = &[
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
const BUILDINGS: &[&str] = &[
    "Court", "House", "Lodge", "Manor", "Hall", "Grange", "View", "Gardens", "Park", "Place",
    "Mews", "Villa", "Cottage", "Towers", "Croft", "Rise",
];

/// "The Willows", "The Laurels".
#[rustfmt::skip]
const THE_NAMES: &[&str] = &[
    "The Willows", "The Laurels", "The Beeches", "The Limes", "The Cedars", "The Elms",
    "The Hollies", "The Firs", "The Poplars", "The Maples", "The Oaks", "The Rowans", "The Gables",
    "The Orchards", "The Pines", "The Chestnuts", "The Briars", "The Meadows", "The Grange",
    "The Manor", "The Old Vicarage", "The Old Rectory", "The Coach House", "The Hawthorns",
    "The Sycamores", "The Larches", "The Mount", "The Priory", "The Lawns", "The Paddocks",
    "The Old School House",
];

#[rustfmt::skip]
const SAINTS: &[&str] = &[
    "Anne", "Mary", "Joseph", "Catherine", "Margaret", "Michael", "George", "John", "Luke",
    "Elizabeth", "Helen", "Andrew", "Peter", "Clare", "Bridget", "Agnes", "Barnabas", "Cuthbert",
    "Hilda", "Aidan", "Wilfrid", "Columba",
];

/// Warm words for home-care agencies: "Kindly Hands Home Care".
#[rustfmt::skip]
const HC_FIRST: &[&str] = &[
    "Kindly", "Caring", "Gentle", "Willing", "Steady", "Golden", "Friendly", "Trusted", "Brighter",
    "Comfort", "Homely", "Loyal", "Faithful", "Thoughtful", "Warm", "Open", "Patient", "Careful",
    "Neighbourly", "Tender", "Sunrise", "Evergreen", "Kind", "Bright",
];
#[rustfmt::skip]
const HC_SECOND: &[&str] = &[
    "Hands", "Hearts", "Touch", "Steps", "Companions", "Days", "Visits", "Horizons", "Care",
    "Support", "Neighbours", "Moments", "Paths", "Friends",
];
#[rustfmt::skip]
const HC_TAILS: &[&str] = &[
    "Home Care", "Home Care Services", "Care Services", "Homecare", "Care at Home",
    "Domiciliary Care", "Care Ltd", "Home Support",
];

/// Invented chain brands.
#[rustfmt::skip]
const BRANDS: &[&str] = &[
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
const SURNAMES: &[&str] = &[
    "Ashworth", "Bramwell", "Carver", "Dunmore", "Ellison", "Fairbairn", "Garside", "Hebden",
    "Ingleby", "Jessop", "Kettlewell", "Lumb", "Marsden", "Netherwood", "Oldroyd", "Pickles",
    "Quarmby", "Rushworth", "Sutcliffe", "Thwaite", "Uttley", "Varley", "Whiteley", "Yeadon",
    "Akroyd", "Birtwistle", "Crabtree", "Dyson", "Exley", "Firth", "Greenwood", "Haigh",
    "Illingworth", "Jowett", "Kershaw", "Lister", "Midgley", "Naylor", "Ogden", "Priestley",
];

const INITIALS: &[&str] = &[
    "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W",
];

const STREET_KINDS: &[&str] = &[
    "Road", "Street", "Lane", "Avenue", "Drive", "Close", "Way", "Crescent", "Grove", "Terrace",
    "Gardens", "Park", "Hill", "Walk",
];

/// Street stems beyond plant and place words.
#[rustfmt::skip]
const STREET_STEMS: &[&str] = &[
    "Church", "Station", "Mill", "Park", "High", "Victoria", "Albert", "Queen", "King", "Manor",
    "School", "Chapel", "Green", "Bridge", "Market", "North", "South", "West", "Hall", "Windmill",
    "Springfield", "Grange", "Moor", "Vicarage", "Castle", "Forge", "Quarry", "Orchard", "Beacon",
    "Common",
];

/// Inward-code letters (CQC postcodes never use C, I, K, M, O or V there).
const INWARD_LETTERS: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";

// ---------------------------------------------------------------------------------------------
// Dates (days since 1970-01-01)
// ---------------------------------------------------------------------------------------------

/// Days since 1970-01-01 of a fixed calendar date (the calendar is the domain's [`Date`]).
const fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    match Date::from_ymd(y as i64, m, d) {
        Some(date) => date.unix_days() as i32,
        None => panic!("not a calendar date"),
    }
}

/// A day, written as `YYYY-MM-DD` straight into the output (no allocation: there are about
/// a million dates in a national run).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Day(i32);

impl Day {
    fn bytes(self) -> [u8; 10] {
        let (y, m, d) = Date::from_unix_days(self.0 as i64).ymd();
        let y = y.clamp(1000, 9999) as u32;
        let digit = |n: u32| b'0' + (n % 10) as u8;
        [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ]
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let bytes = self.bytes();
        s.serialize_str(std::str::from_utf8(&bytes).unwrap_or_default())
    }
}

#[cfg(test)]
fn iso(days: i32) -> String {
    String::from_utf8_lossy(&Day(days).bytes()).into_owned()
}

/// "Today" for the generated register: nothing is dated after this.
const END: i32 = days_from_civil(2026, 11, 1);
/// Registration under the Health and Social Care Act 2008 began on this day.
const REG_START: i32 = days_from_civil(2010, 10, 1);
/// The current ratings regime (no rating before it).
const RATING_START: i32 = days_from_civil(2014, 11, 1);

// ---------------------------------------------------------------------------------------------
// Random helpers
// ---------------------------------------------------------------------------------------------

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// An index drawn in proportion to `weights`.
fn weighted(rng: &mut ChaCha8Rng, weights: &[f64]) -> usize {
    let total: f64 = weights.iter().sum();
    let mut x = rng.random::<f64>() * total;
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    weights.len() - 1
}

/// `k` distinct indices drawn in proportion to `weights`.
fn weighted_distinct(rng: &mut ChaCha8Rng, weights: &[f64; 5], k: usize) -> Vec<usize> {
    let mut w = *weights;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k.min(5) {
        let i = weighted(rng, &w);
        w[i] = 0.0;
        out.push(i);
    }
    out
}

fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1: f64 = 1.0 - rng.random::<f64>();
    let u2: f64 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// A stable 64-bit mix (SplitMix64), for values fixed per seed and key whatever the order of
/// generation.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn hash_str(seed: u64, s: &str) -> u64 {
    s.bytes()
        .fold(mix(seed ^ 0x5EED), |h, b| mix(h ^ u64::from(b)))
}

fn unit(h: u64) -> f64 {
    (h >> 11) as f64 / (1u64 << 53) as f64
}

/// "1-" and 9 to 11 digits, never repeated within one run (locations and providers share
/// the space, as CQC's do).
fn new_cqc_id(rng: &mut ChaCha8Rng, used: &mut HashSet<u64>) -> String {
    loop {
        let digits = [9u32, 10, 10, 11][rng.random_range(0..4)];
        let lo = 10u64.pow(digits - 1);
        let n = rng.random_range(lo..lo * 10);
        if used.insert(n) {
            return format!("1-{n}");
        }
    }
}

/// A CQC-style report link id (a version-4 UUID), written straight into the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LinkId(u128);

impl LinkId {
    fn new(rng: &mut ChaCha8Rng) -> LinkId {
        let a: u128 = rng.random();
        let a = (a & !(0xF << 76)) | (0x4 << 76);
        LinkId((a & !(0x3 << 62)) | (0x2 << 62))
    }

    /// `prefix` then the 36-character id.
    fn write<S: serde::Serializer>(self, prefix: &str, s: S) -> Result<S::Ok, S::Error> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut buf = [0u8; 48];
        buf[..prefix.len()].copy_from_slice(prefix.as_bytes());
        let mut at = prefix.len();
        for i in 0..32 {
            if matches!(i, 8 | 12 | 16 | 20) {
                buf[at] = b'-';
                at += 1;
            }
            buf[at] = HEX[((self.0 >> (124 - 4 * i)) & 0xF) as usize];
            at += 1;
        }
        s.serialize_str(std::str::from_utf8(&buf[..at]).unwrap_or_default())
    }
}

impl Serialize for LinkId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.write("", s)
    }
}

/// A report's address in the API: `/reports/<link id>`.
struct ReportUri(LinkId);

impl Serialize for ReportUri {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.write("/reports/", s)
    }
}

/// Lower-case letters and digits joined by hyphens, for `.example` web addresses.
fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if (c == ' ' || c == '-') && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

/// Expand "LS1-23 LS25-29 WC1E" into the outward codes it names.
fn outward_codes(spec: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in spec.split_whitespace() {
        match token.split_once('-') {
            Some((first, last)) => {
                let letters: String = first
                    .chars()
                    .take_while(char::is_ascii_alphabetic)
                    .collect();
                let from: u32 = first[letters.len()..].parse().unwrap_or(0);
                let to: u32 = last.parse().unwrap_or(from);
                out.extend((from..=to).map(|n| format!("{letters}{n}")));
            }
            None => out.push(token.to_string()),
        }
    }
    out
}

/// Where a location is.
#[derive(Clone)]
struct Address {
    line1: String,
    line2: Option<String>,
    town: String,
    county: &'static str,
    postcode: String,
    region: &'static str,
    authority: &'static str,
    /// `None` for the few the importer has to place from the postcode.
    lat_lon: Option<(f64, f64)>,
    phone: String,
}

struct Places {
    /// Outward codes per authority.
    outward: Vec<Vec<String>>,
    /// Authority indices per region.
    by_region: Vec<Vec<usize>>,
    seed: u64,
}

impl Places {
    fn new(seed: u64) -> Places {
        let mut by_region = vec![Vec::new(); REGIONS.len()];
        for (i, a) in AUTHORITIES.iter().enumerate() {
            by_region[a.region].push(i);
        }
        Places {
            outward: AUTHORITIES
                .iter()
                .map(|a| outward_codes(a.outward))
                .collect(),
            by_region,
            seed,
        }
    }

    /// An authority, regions in proportion to [`REGIONS`] and authorities to their weight.
    fn authority(&self, rng: &mut ChaCha8Rng) -> usize {
        let weights: Vec<f64> = REGIONS.iter().map(|r| r.1).collect();
        let region = &self.by_region[weighted(rng, &weights)];
        let weights: Vec<f64> = region
            .iter()
            .map(|&i| f64::from(AUTHORITIES[i].weight))
            .collect();
        region[weighted(rng, &weights)]
    }

    /// The fixed offset (km east, km north) of an outward code's centre from its authority's.
    fn district_offset(&self, outward: &str) -> (f64, f64) {
        let h = hash_str(self.seed, outward);
        let r = 9.0 * unit(h).sqrt();
        let angle = std::f64::consts::TAU * unit(mix(h));
        (r * angle.cos(), r * angle.sin())
    }

    /// The town for an outward code: mostly the authority's main town, the same every time.
    fn town(&self, la: usize, outward: &str) -> &'static str {
        let towns = AUTHORITIES[la].towns;
        let h = mix(hash_str(self.seed, outward) ^ 0x70E5);
        if towns.len() == 1 || h % 5 < 3 {
            towns[0]
        } else {
            towns[1 + (h / 5) as usize % (towns.len() - 1)]
        }
    }

    fn address(&self, rng: &mut ChaCha8Rng, la: usize, office: bool) -> Address {
        let a = &AUTHORITIES[la];
        let outward = pick(rng, &self.outward[la]).clone();
        let inward = format!(
            "{}{}{}",
            rng.random_range(0..10u8),
            char::from(*pick(rng, INWARD_LETTERS)),
            char::from(*pick(rng, INWARD_LETTERS))
        );
        let (dx, dy) = self.district_offset(&outward);
        let (mut x, mut y) = (
            dx + rng.random_range(-1.5..1.5),
            dy + rng.random_range(-1.5..1.5),
        );
        let dist = (x * x + y * y).sqrt();
        if dist > 11.5 {
            x *= 11.5 / dist;
            y *= 11.5 / dist;
        }
        let lat = a.lat + y / 111.0;
        let lon = a.lon + x / (111.32 * a.lat.to_radians().cos());
        let round = |v: f64| (v * 1e6).round() / 1e6;
        let lat_lon = (rng.random::<f64>() >= 0.02).then(|| (round(lat), round(lon)));

        let street = street(rng);
        let number = house_number(rng);
        let (line1, line2) = if office && rng.random_bool(0.45) {
            let unit_name = match rng.random_range(0..4) {
                0 => format!(
                    "Unit {}, {} Business Park",
                    rng.random_range(1..40),
                    pick(rng, STEMS)
                ),
                1 => format!(
                    "Suite {}, {} House",
                    rng.random_range(1..20),
                    pick(rng, STEMS)
                ),
                2 => format!(
                    "Office {}, {} Court",
                    rng.random_range(1..12),
                    pick(rng, PLANTS)
                ),
                _ => format!("First Floor, {number} {street}"),
            };
            if unit_name.starts_with("First") {
                (unit_name, None)
            } else {
                (unit_name, Some(street))
            }
        } else {
            (format!("{number} {street}"), None)
        };
        Address {
            line1,
            line2,
            town: self.town(la, &outward).to_string(),
            county: a.county,
            postcode: format!("{outward} {inward}"),
            region: REGIONS[a.region].0,
            authority: a.name,
            lat_lon,
            phone: format!("{}{:03}", a.phone, rng.random_range(0..1000)),
        }
    }
}

fn street(rng: &mut ChaCha8Rng) -> String {
    let stem = match rng.random_range(0..10) {
        0..=3 => *pick(rng, STREET_STEMS),
        4..=6 => *pick(rng, PLANTS),
        _ => *pick(rng, STEMS),
    };
    format!("{stem} {}", pick(rng, STREET_KINDS))
}

fn house_number(rng: &mut ChaCha8Rng) -> u32 {
    if rng.random_bool(0.7) {
        rng.random_range(1..60)
    } else {
        rng.random_range(60..320)
    }
}

// ---------------------------------------------------------------------------------------------
// Kinds of location and the providers that run them
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Residential,
    Nursing,
    HomeCare,
    HomeCareSupported,
    Supported,
    SharedLives,
    ExtraCare,
    Hospice,
    Gp,
    Dentist,
    NhsHospital,
    NhsCommunity,
    IndHospital,
    IndCommunity,
    Rehab,
}

/// Share of all location objects (registered and deregistered) of each kind.
const KIND_SHARES: &[(Kind, f64)] = &[
    (Kind::Residential, 0.2007),
    (Kind::Nursing, 0.0743),
    (Kind::HomeCare, 0.208),
    (Kind::HomeCareSupported, 0.030),
    (Kind::Supported, 0.025),
    (Kind::SharedLives, 0.0028),
    (Kind::ExtraCare, 0.0146),
    (Kind::Hospice, 0.0037),
    (Kind::Gp, 0.13),
    (Kind::Dentist, 0.17),
    (Kind::NhsHospital, 0.025),
    (Kind::NhsCommunity, 0.025),
    (Kind::IndHospital, 0.03),
    (Kind::IndCommunity, 0.04),
    (Kind::Rehab, 0.021),
];

/// Which kind of provider runs a kind of location.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pool {
    CareHome,
    Community,
    SharedLives,
    Hospice,
    Gp,
    Dentist,
    Nhs,
    Independent,
}

const POOLS: [Pool; 8] = [
    Pool::CareHome,
    Pool::Community,
    Pool::SharedLives,
    Pool::Hospice,
    Pool::Gp,
    Pool::Dentist,
    Pool::Nhs,
    Pool::Independent,
];

impl Kind {
    fn pool(self) -> Pool {
        match self {
            Kind::Residential | Kind::Nursing => Pool::CareHome,
            Kind::HomeCare | Kind::HomeCareSupported | Kind::Supported | Kind::ExtraCare => {
                Pool::Community
            }
            Kind::SharedLives => Pool::SharedLives,
            Kind::Hospice => Pool::Hospice,
            Kind::Gp => Pool::Gp,
            Kind::Dentist => Pool::Dentist,
            Kind::NhsHospital | Kind::NhsCommunity => Pool::Nhs,
            Kind::IndHospital | Kind::IndCommunity | Kind::Rehab => Pool::Independent,
        }
    }

    /// CQC's `type`.
    fn cqc_type(self) -> &'static str {
        match self.pool() {
            Pool::CareHome | Pool::Community | Pool::SharedLives => "Social Care Org",
            Pool::Hospice | Pool::Independent => "Independent Healthcare Org",
            Pool::Gp => "Primary Medical Services",
            Pool::Dentist => "Primary Dental Care",
            Pool::Nhs => "NHS Healthcare Organisation",
        }
    }

    fn directorate(self) -> &'static str {
        match self.pool() {
            Pool::CareHome | Pool::Community | Pool::SharedLives => "Adult social care",
            Pool::Gp | Pool::Dentist => "Primary medical services",
            Pool::Hospice | Pool::Nhs | Pool::Independent => "Hospitals",
        }
    }

    fn is_social_care(self) -> bool {
        matches!(
            self.pool(),
            Pool::CareHome | Pool::Community | Pool::SharedLives
        )
    }

    /// Places with a building people live in or are treated in, rather than an office.
    fn is_office(self) -> bool {
        matches!(
            self,
            Kind::HomeCare
                | Kind::HomeCareSupported
                | Kind::Supported
                | Kind::SharedLives
                | Kind::IndCommunity
                | Kind::NhsCommunity
        )
    }

    fn service_types(self, rng: &mut ChaCha8Rng) -> Vec<(&'static str, &'static str)> {
        match self {
            Kind::Residential => vec![SVC_RESIDENTIAL],
            Kind::Nursing => {
                if rng.random_bool(0.15) {
                    vec![SVC_NURSING, SVC_RESIDENTIAL]
                } else {
                    vec![SVC_NURSING]
                }
            }
            Kind::HomeCare => vec![SVC_HOMECARE],
            Kind::HomeCareSupported => vec![SVC_HOMECARE, SVC_SUPPORTED],
            Kind::Supported => vec![SVC_SUPPORTED],
            Kind::SharedLives => vec![SVC_SHARED_LIVES],
            Kind::ExtraCare => vec![SVC_EXTRA_CARE],
            Kind::Hospice => {
                if rng.random_bool(0.3) {
                    vec![SVC_HOSPICE, SVC_COMMUNITY]
                } else {
                    vec![SVC_HOSPICE]
                }
            }
            Kind::Gp => vec![SVC_GP],
            Kind::Dentist => vec![SVC_DENTIST],
            Kind::NhsHospital | Kind::IndHospital => {
                if rng.random_bool(0.2) {
                    vec![SVC_HOSPITAL, SVC_REHAB]
                } else {
                    vec![SVC_HOSPITAL]
                }
            }
            Kind::NhsCommunity | Kind::IndCommunity => vec![SVC_COMMUNITY],
            Kind::Rehab => vec![SVC_REHAB],
        }
    }

    fn regulated_activities(self, rng: &mut ChaCha8Rng) -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        let mut maybe = |rng: &mut ChaCha8Rng, p: f64, ra| {
            if rng.random_bool(p) {
                out.push(ra);
            }
        };
        match self {
            Kind::Residential => {
                maybe(rng, 1.0, RA_ACCOMMODATION);
                maybe(rng, 0.08, RA_TREATMENT);
            }
            Kind::Nursing => {
                maybe(rng, 1.0, RA_ACCOMMODATION);
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 0.3, RA_DIAGNOSTIC);
            }
            Kind::HomeCare | Kind::HomeCareSupported | Kind::Supported | Kind::SharedLives => {
                maybe(rng, 1.0, RA_PERSONAL);
                maybe(rng, 0.04, RA_TREATMENT);
            }
            Kind::ExtraCare => maybe(rng, 1.0, RA_PERSONAL),
            Kind::Hospice => {
                maybe(rng, 0.6, RA_ACCOMMODATION);
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 0.5, RA_DIAGNOSTIC);
                maybe(rng, 0.4, RA_NURSING_CARE);
            }
            Kind::Gp => {
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 1.0, RA_DIAGNOSTIC);
                maybe(rng, 0.5, RA_SURGICAL);
                maybe(rng, 0.6, RA_MATERNITY);
                maybe(rng, 0.7, RA_FAMILY);
            }
            Kind::Dentist => {
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 1.0, RA_DIAGNOSTIC);
                maybe(rng, 0.9, RA_SURGICAL);
            }
            Kind::NhsHospital | Kind::IndHospital => {
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 1.0, RA_DIAGNOSTIC);
                maybe(rng, 0.8, RA_SURGICAL);
                maybe(rng, 0.3, RA_MATERNITY);
                maybe(rng, 0.2, RA_DETAINED);
            }
            Kind::NhsCommunity | Kind::IndCommunity => {
                maybe(rng, 1.0, RA_TREATMENT);
                maybe(rng, 0.5, RA_DIAGNOSTIC);
                maybe(rng, 0.3, RA_NURSING_CARE);
                maybe(rng, 0.1, RA_DETAINED);
            }
            Kind::Rehab => {
                maybe(rng, 1.0, RA_SUBSTANCE);
                maybe(rng, 1.0, RA_TREATMENT);
            }
        }
        out
    }

    /// Current overall rating mix: Outstanding, Good, Requires improvement, Inadequate.
    fn rating_mix(self, deregistered: bool) -> [f64; 4] {
        match (self.is_social_care(), self.pool(), deregistered) {
            (true, _, false) => [0.04, 0.80, 0.14, 0.02],
            (true, _, true) => [0.02, 0.66, 0.24, 0.08],
            (false, Pool::Gp, _) => [0.05, 0.88, 0.05, 0.02],
            _ => [0.07, 0.68, 0.21, 0.04],
        }
    }
}

/// Exact counts per kind for `n` locations (largest remainder), in a shuffled order.
fn kinds(rng: &mut ChaCha8Rng, n: usize) -> Vec<Kind> {
    let total: f64 = KIND_SHARES.iter().map(|k| k.1).sum();
    let exact: Vec<f64> = KIND_SHARES.iter().map(|k| k.1 / total * n as f64).collect();
    let mut counts: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|&a, &b| {
        let fa = exact[a] - exact[a].floor();
        let fb = exact[b] - exact[b].floor();
        fb.total_cmp(&fa).then(a.cmp(&b))
    });
    let short = n - counts.iter().sum::<usize>();
    for &i in order.iter().take(short) {
        counts[i] += 1;
    }
    let mut out = Vec::with_capacity(n);
    for (k, c) in KIND_SHARES.iter().zip(counts) {
        out.extend(std::iter::repeat_n(k.0, c));
    }
    out.shuffle(rng);
    out
}

struct Brand {
    id: String,
    name: String,
    /// Home-care members are named "<brand> (<town>)".
    bracket: bool,
}

/// One provider: a single location, a small local group, or a branded chain.
struct Group {
    id: String,
    pool: Pool,
    brand: Option<Brand>,
    /// Members are placed near the first (small groups, trusts); chains spread out.
    local: bool,
    home_la: Option<usize>,
    name: Option<String>,
    ownership: &'static str,
    cqc_type: &'static str,
    address: Option<Address>,
    location_ids: Vec<String>,
    /// Names already used by bracket-named members.
    used_names: Vec<String>,
}

/// A chain size: 5 to 150, heavy-tailed.
fn chain_size(rng: &mut ChaCha8Rng, max: usize) -> usize {
    let u: f64 = 1.0 - rng.random::<f64>();
    let size = (5.0 * u.powf(-1.0 / 1.1)).floor() as usize;
    size.clamp(5, max)
}

fn brand_name(
    rng: &mut ChaCha8Rng,
    pool: Pool,
    bracket: bool,
    used: &mut HashSet<String>,
) -> String {
    let suffixes: &[&str] = match pool {
        Pool::CareHome => &[
            "Care",
            "Healthcare",
            "Care Homes",
            "Living",
            "Senior Living",
        ],
        Pool::Community if bracket => &["Home Care"],
        Pool::Community => &["Home Care", "Care", "Support", "Care at Home"],
        Pool::Dentist => &["Dental", "Dental Care", "Smiles"],
        _ => &["Healthcare", "Health", "Clinics"],
    };
    for attempt in 0.. {
        let word = if rng.random_bool(0.7) {
            *pick(rng, BRANDS)
        } else {
            *pick(rng, STEMS)
        };
        let mut name = format!("{word} {}", pick(rng, suffixes));
        if attempt >= 40 {
            name = format!("{name} {}", attempt - 38);
        }
        if used.insert(name.clone()) {
            return name;
        }
    }
    unreachable!()
}

/// Cut each pool's locations into providers. Returns the groups and each location's group.
fn plan_groups(
    rng: &mut ChaCha8Rng,
    kinds: &[Kind],
    ids: &mut HashSet<u64>,
) -> (Vec<Group>, Vec<usize>) {
    let mut groups = Vec::new();
    let mut group_of = vec![0usize; kinds.len()];
    let mut brands = HashSet::new();
    for pool in POOLS {
        let mut members: Vec<usize> = (0..kinds.len())
            .filter(|&i| kinds[i].pool() == pool)
            .collect();
        members.shuffle(rng);
        let (chain_share, chain_max) = match pool {
            Pool::CareHome => (0.25, 150),
            Pool::Community => (0.20, 150),
            Pool::Dentist => (0.20, 60),
            _ => (0.0, 0),
        };
        let mut budget = (members.len() as f64 * chain_share) as usize;
        let mut at = 0;
        while at < members.len() {
            let left = members.len() - at;
            let mut brand = None;
            let size = if budget >= 5 {
                let size = chain_size(rng, chain_max.min(budget));
                budget -= size;
                let bracket = pool == Pool::Community && rng.random_bool(0.25);
                brand = Some(Brand {
                    id: format!("BD{}", 1000 + groups.len() * 7 + rng.random_range(0..7)),
                    name: brand_name(rng, pool, bracket, &mut brands),
                    bracket,
                });
                size
            } else {
                match pool {
                    Pool::CareHome => [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4][rng.random_range(0..12)],
                    Pool::Community => {
                        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3][rng.random_range(0..14)]
                    }
                    Pool::Gp => [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3][rng.random_range(0..14)],
                    Pool::Nhs => rng.random_range(3..=25),
                    Pool::Independent => {
                        if rng.random_bool(0.6) {
                            1
                        } else {
                            rng.random_range(2..=10)
                        }
                    }
                    Pool::SharedLives | Pool::Hospice | Pool::Dentist => 1,
                }
            }
            .min(left);
            let gi = groups.len();
            for &m in &members[at..at + size] {
                group_of[m] = gi;
            }
            at += size;
            let (ownership, cqc_type) = match pool {
                Pool::Nhs => ("NHS Body", "NHS Healthcare Organisation"),
                Pool::Gp => (
                    ["Partnership", "Partnership", "Individual", "Organisation"]
                        [rng.random_range(0..4)],
                    "Primary Medical Services",
                ),
                Pool::Dentist if brand.is_none() => (
                    ["Individual", "Organisation", "Partnership"][rng.random_range(0..3)],
                    "Primary Dental Care",
                ),
                Pool::Dentist => ("Organisation", "Primary Dental Care"),
                Pool::Hospice | Pool::Independent => ("Organisation", "Independent Healthcare Org"),
                Pool::SharedLives => ("Organisation", "Social Care Org"),
                Pool::CareHome | Pool::Community => (
                    if brand.is_some() {
                        "Organisation"
                    } else {
                        match rng.random_range(0..100) {
                            0..=79 => "Organisation",
                            80..=91 => "Individual",
                            _ => "Partnership",
                        }
                    },
                    "Social Care Org",
                ),
            };
            groups.push(Group {
                id: new_cqc_id(rng, ids),
                pool,
                local: brand.is_none(),
                brand,
                home_la: None,
                name: None,
                ownership,
                cqc_type,
                address: None,
                location_ids: Vec::with_capacity(size),
                used_names: Vec::new(),
            });
        }
    }
    (groups, group_of)
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

fn care_home_name(rng: &mut ChaCha8Rng, town: &str, nursing: bool) -> String {
    let base = match rng.random_range(0..100) {
        0..=19 => pick(rng, THE_NAMES).to_string(),
        20..=44 => format!("{} {}", pick(rng, PLANTS), pick(rng, BUILDINGS)),
        45..=71 => format!("{} {}", pick(rng, STEMS), pick(rng, BUILDINGS)),
        72..=79 => {
            let saint = pick(rng, SAINTS);
            if rng.random_bool(0.5) {
                format!("St {saint}'s")
            } else {
                format!("St {saint}'s {}", pick(rng, BUILDINGS))
            }
        }
        80..=86 => format!("{town} {}", pick(rng, BUILDINGS)),
        87..=93 => pick(rng, STEMS).to_string(),
        _ => format!("{} {}", pick(rng, PLANTS), pick(rng, BUILDINGS)),
    };
    let tail = if nursing {
        match rng.random_range(0..100) {
            0..=34 => " Nursing Home",
            35..=44 => " Care Home",
            45..=49 => " Care Centre",
            _ => "",
        }
    } else {
        match rng.random_range(0..100) {
            0..=7 => " Residential Home",
            8..=15 => " Care Home",
            16..=18 => " Rest Home",
            _ => "",
        }
    };
    format!("{base}{tail}")
}

fn home_care_name(rng: &mut ChaCha8Rng, town: &str) -> String {
    match rng.random_range(0..100) {
        0..=44 => {
            let second = *pick(rng, HC_SECOND);
            let tail = loop {
                let t = *pick(rng, HC_TAILS);
                if !(second == "Care" && t.starts_with("Care")) {
                    break t;
                }
            };
            let tail = if second == "Care" || second == "Support" {
                "Services"
            } else {
                tail
            };
            format!("{} {second} {tail}", pick(rng, HC_FIRST))
        }
        45..=64 => format!("{town} {}", pick(rng, HC_TAILS)),
        65..=84 => format!("{} {}", pick(rng, STEMS), pick(rng, HC_TAILS)),
        _ => format!("{} {}", pick(rng, PLANTS), pick(rng, HC_TAILS)),
    }
}

fn location_name(rng: &mut ChaCha8Rng, kind: Kind, town: &str, authority: &str) -> String {
    match kind {
        Kind::Residential => care_home_name(rng, town, false),
        Kind::Nursing => care_home_name(rng, town, true),
        Kind::HomeCare => home_care_name(rng, town),
        Kind::HomeCareSupported | Kind::Supported => match rng.random_range(0..10) {
            0..=2 => format!("{} {}", house_number(rng), street(rng)),
            3..=5 => format!("{} Supported Living", pick(rng, STEMS)),
            6..=7 => format!("{town} Supported Living Service"),
            _ => format!("{} {}", pick(rng, PLANTS), pick(rng, BUILDINGS)),
        },
        Kind::SharedLives => {
            let area = authority.split(',').next().unwrap_or(authority);
            if rng.random_bool(0.5) {
                format!("Shared Lives {area}")
            } else {
                format!("{area} Shared Lives Scheme")
            }
        }
        Kind::ExtraCare => {
            let base = format!(
                "{} {}",
                pick(rng, STEMS),
                pick(rng, &["Court", "Gardens", "Place", "View", "Lodge"])
            );
            if rng.random_bool(0.4) {
                format!("{base} Extra Care Scheme")
            } else {
                base
            }
        }
        Kind::Hospice => match rng.random_range(0..3) {
            0 => format!("St {}'s Hospice", pick(rng, SAINTS)),
            1 => format!("{town} Hospice"),
            _ => format!("{} Hospice", pick(rng, STEMS)),
        },
        Kind::Gp => match rng.random_range(0..5) {
            0 => format!("{} Surgery", pick(rng, STEMS)),
            1 => format!(
                "{} {} Medical Centre",
                pick(rng, STREET_STEMS),
                pick(rng, STREET_KINDS)
            ),
            2 => format!("{town} Health Centre"),
            3 => format!("The {} Practice", pick(rng, STEMS)),
            _ => format!("{} Medical Practice", pick(rng, PLANTS)),
        },
        Kind::Dentist => match rng.random_range(0..4) {
            0 => format!(
                "{} {} Dental Practice",
                pick(rng, STREET_STEMS),
                pick(rng, STREET_KINDS)
            ),
            1 => format!("{town} Dental Care"),
            2 => format!("{} Dental Surgery", pick(rng, STEMS)),
            _ => format!("{} Dental Clinic", pick(rng, PLANTS)),
        },
        Kind::NhsHospital => match rng.random_range(0..4) {
            0 => format!("{town} General Hospital"),
            1 => format!("{town} Community Hospital"),
            2 => format!("{} Hospital", pick(rng, STEMS)),
            _ => format!("St {}'s Hospital", pick(rng, SAINTS)),
        },
        Kind::NhsCommunity => match rng.random_range(0..3) {
            0 => format!("{town} Community Services"),
            1 => format!("{town} Community Mental Health Team"),
            _ => format!("{} Health Centre", pick(rng, STEMS)),
        },
        Kind::IndHospital => match rng.random_range(0..3) {
            0 => format!("The {} Hospital", pick(rng, STEMS)),
            1 => format!("{} Clinic", pick(rng, STEMS)),
            _ => format!("{town} Private Hospital"),
        },
        Kind::IndCommunity => match rng.random_range(0..3) {
            0 => format!("{} Community Nursing", pick(rng, STEMS)),
            1 => format!("{} Health at Home", pick(rng, PLANTS)),
            _ => format!("{town} Clinic"),
        },
        Kind::Rehab => match rng.random_range(0..2) {
            0 => format!("{} House Rehabilitation Centre", pick(rng, STEMS)),
            _ => format!("{} Recovery Centre", pick(rng, STEMS)),
        },
    }
}

/// A made-up company word: "Oakfield", "Ashworth Rose", "Fernbrook".
fn company_word(rng: &mut ChaCha8Rng) -> String {
    match rng.random_range(0..4) {
        0 => pick(rng, STEMS).to_string(),
        1 => format!("{} {}", pick(rng, SURNAMES), pick(rng, PLANTS)),
        2 => pick(rng, BRANDS).to_string(),
        _ => format!("{} {}", pick(rng, PLANTS), pick(rng, BUILDINGS)),
    }
}

fn person(rng: &mut ChaCha8Rng, doctor: bool) -> String {
    let title = if doctor {
        "Dr"
    } else {
        *pick(rng, &["Mr", "Mrs", "Ms", "Miss"])
    };
    format!("{title} {} {}", pick(rng, INITIALS), pick(rng, SURNAMES))
}

/// The provider's name, chosen when its first location is made.
fn provider_name(rng: &mut ChaCha8Rng, group: &Group, first_location: &str) -> String {
    if let Some(brand) = &group.brand {
        let word = brand.name.split(' ').next().unwrap_or(&brand.name);
        return match group.pool {
            Pool::CareHome => match rng.random_range(0..4) {
                0 => format!("{word} Care Group Ltd"),
                1 => format!("{word} Healthcare Limited"),
                2 => format!("{word} Homes Ltd"),
                _ => format!("{} Ltd", brand.name),
            },
            Pool::Community => format!("{} Ltd", brand.name),
            Pool::Dentist => format!("{word} Dental Group Limited"),
            _ => format!("{} Limited", brand.name),
        };
    }
    match (group.pool, group.ownership) {
        (Pool::Nhs, _) => {
            let a = pick(rng, STEMS);
            match rng.random_range(0..3) {
                0 => format!(
                    "{a} and {} Hospitals NHS Foundation Trust",
                    pick(rng, STEMS)
                ),
                1 => format!("{} Vale Community Healthcare NHS Trust", pick(rng, BRANDS)),
                _ => format!("{a} Valley NHS Foundation Trust"),
            }
        }
        (Pool::Gp, "Individual") => person(rng, true),
        (Pool::Gp, "Partnership") => {
            if rng.random_bool(0.7) {
                format!("{} and Partners", person(rng, true))
            } else {
                format!("The {} Partnership", pick(rng, STEMS))
            }
        }
        (Pool::Gp, _) => format!("{} Medical Group Ltd", pick(rng, STEMS)),
        (Pool::Dentist, "Individual") => person(rng, false),
        (Pool::Dentist, "Partnership") => {
            format!("{} and {}", person(rng, false), person(rng, false))
        }
        (Pool::Dentist, _) => format!("{} Dental Ltd", company_word(rng)),
        (Pool::Hospice, _) => format!("{} Trust", first_location),
        (Pool::SharedLives, _) => format!("{} Community Support Trust", pick(rng, STEMS)),
        (Pool::Independent, _) => match rng.random_range(0..3) {
            0 => format!("{} Healthcare Limited", company_word(rng)),
            1 => format!("{} Clinics Ltd", company_word(rng)),
            _ => format!("{} Health Trust", pick(rng, STEMS)),
        },
        (_, "Individual") => person(rng, false),
        (_, "Partnership") => {
            let surname = pick(rng, SURNAMES);
            format!(
                "{} {} and {} {} {surname}",
                pick(rng, &["Mr", "Mrs", "Ms"]),
                pick(rng, INITIALS),
                pick(rng, &["Mr", "Mrs", "Ms"]),
                pick(rng, INITIALS)
            )
        }
        _ => {
            if group.pool == Pool::Community && rng.random_bool(0.4) {
                let name = first_location.trim_end_matches(" Ltd");
                return format!("{name} Ltd");
            }
            match rng.random_range(0..100) {
                0..=39 => format!("{} Care Ltd", company_word(rng)),
                40..=64 => format!("{} Healthcare Limited", company_word(rng)),
                65..=79 => format!("{} Care Services Ltd", company_word(rng)),
                80..=91 => format!("{} Homes Limited", company_word(rng)),
                _ => format!("{} Care Trust", company_word(rng)),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Specialisms and beds
// ---------------------------------------------------------------------------------------------

/// Specialisms for a location; `younger` marks care homes for younger adults (learning
/// disabilities, mental health) rather than older people.
fn specialisms(rng: &mut ChaCha8Rng, kind: Kind, younger: bool) -> Vec<&'static str> {
    let table: &[(&str, f64)] = match kind {
        Kind::Residential | Kind::Nursing if younger => &[
            (SP_UNDER65, 0.97),
            (SP_LD, 0.7),
            (SP_MH, 0.4),
            (SP_PHYS, 0.35),
            (SP_SENSORY, 0.2),
            (SP_MHA, 0.05),
            (SP_EATING, 0.02),
        ],
        Kind::Residential => &[
            (SP_DEMENTIA, 0.68),
            (SP_OVER65, 0.97),
            (SP_UNDER65, 0.15),
            (SP_MH, 0.22),
            (SP_PHYS, 0.45),
            (SP_SENSORY, 0.3),
        ],
        Kind::Nursing => &[
            (SP_DEMENTIA, 0.78),
            (SP_OVER65, 0.97),
            (SP_UNDER65, 0.35),
            (SP_MH, 0.3),
            (SP_PHYS, 0.6),
            (SP_SENSORY, 0.3),
            (SP_MHA, 0.03),
        ],
        Kind::HomeCare => &[
            (SP_DEMENTIA, 0.6),
            (SP_OVER65, 0.92),
            (SP_UNDER65, 0.5),
            (SP_LD, 0.3),
            (SP_MH, 0.3),
            (SP_PHYS, 0.65),
            (SP_SENSORY, 0.35),
            (SP_SUBSTANCE, 0.03),
            (SP_EATING, 0.03),
            (SP_CHILDREN, 0.1),
        ],
        Kind::HomeCareSupported | Kind::Supported => &[
            (SP_UNDER65, 0.95),
            (SP_OVER65, 0.25),
            (SP_LD, 0.85),
            (SP_MH, 0.5),
            (SP_PHYS, 0.4),
            (SP_SENSORY, 0.2),
            (SP_DEMENTIA, 0.1),
            (SP_SUBSTANCE, 0.05),
        ],
        Kind::SharedLives => &[
            (SP_UNDER65, 0.9),
            (SP_OVER65, 0.4),
            (SP_LD, 0.8),
            (SP_MH, 0.4),
            (SP_PHYS, 0.4),
            (SP_DEMENTIA, 0.2),
        ],
        Kind::ExtraCare => &[
            (SP_OVER65, 0.95),
            (SP_DEMENTIA, 0.6),
            (SP_PHYS, 0.6),
            (SP_SENSORY, 0.3),
            (SP_UNDER65, 0.3),
        ],
        Kind::Hospice => &[
            (SP_OVER65, 0.9),
            (SP_UNDER65, 0.9),
            (SP_DEMENTIA, 0.4),
            (SP_CHILDREN, 0.15),
        ],
        Kind::IndHospital | Kind::NhsHospital => {
            &[(SP_MH, 0.25), (SP_MHA, 0.15), (SP_EATING, 0.05)]
        }
        Kind::IndCommunity | Kind::NhsCommunity => {
            &[(SP_MH, 0.2), (SP_SUBSTANCE, 0.1), (SP_CHILDREN, 0.15)]
        }
        Kind::Rehab => &[(SP_SUBSTANCE, 0.85), (SP_MH, 0.5), (SP_EATING, 0.1)],
        Kind::Gp | Kind::Dentist => &[],
    };
    let mut out: Vec<&str> = table
        .iter()
        .filter(|(_, p)| rng.random_bool(*p))
        .map(|(s, _)| *s)
        .collect();
    if out.is_empty() && kind.is_social_care() {
        out.push(if younger { SP_UNDER65 } else { SP_OVER65 });
    }
    out
}

fn beds(rng: &mut ChaCha8Rng, kind: Kind, younger: bool) -> u32 {
    let lognormal = |rng: &mut ChaCha8Rng, median: f64, spread: f64| {
        (median.ln() + spread * normal(rng)).exp().round() as u32
    };
    match (kind, younger) {
        (Kind::Nursing, true) => rng.random_range(10..=40),
        (Kind::Nursing, false) => {
            if rng.random_bool(0.02) {
                rng.random_range(121..=180)
            } else {
                lognormal(rng, 44.0, 0.35).clamp(20, 120)
            }
        }
        (_, true) => {
            if rng.random_bool(0.55) {
                rng.random_range(3..=9)
            } else {
                rng.random_range(10..=24)
            }
        }
        (_, false) => {
            if rng.random_bool(0.03) {
                rng.random_range(61..=100)
            } else {
                lognormal(rng, 26.0, 0.38).clamp(10, 60)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Ratings
// ---------------------------------------------------------------------------------------------

const KQ_NAMES: [&str; 5] = ["Safe", "Effective", "Caring", "Responsive", "Well-led"];
/// Which key questions tend to fall short (Safe and Well-led most, Caring least) ...
const KQ_WEAK: [f64; 5] = [35.0, 18.0, 4.0, 13.0, 30.0];
/// ... and which tend to shine.
const KQ_STRONG: [f64; 5] = [5.0, 20.0, 30.0, 25.0, 20.0];
const OVERALL: [Rating; 4] = [
    Rating::Outstanding,
    Rating::Good,
    Rating::RequiresImprovement,
    Rating::Inadequate,
];

/// One generated set of ratings.
struct GenSet {
    overall: Rating,
    date: i32,
    key: [(Rating, i32); 5],
    link: LinkId,
}

/// Key-question ratings consistent with an overall rating, the way CQC's rules combine them.
fn key_questions(rng: &mut ChaCha8Rng, overall: Rating) -> [Rating; 5] {
    let mut kq = [Rating::Good; 5];
    match overall {
        Rating::Outstanding => {
            let k = [2, 2, 2, 2, 2, 3, 3, 3, 4, 5][rng.random_range(0..10)];
            for i in weighted_distinct(rng, &KQ_STRONG, k) {
                kq[i] = Rating::Outstanding;
            }
        }
        Rating::Good => {
            let r = rng.random::<f64>();
            if r < 0.18 {
                kq[weighted(rng, &KQ_WEAK)] = Rating::RequiresImprovement;
            } else if r < 0.30 {
                kq[weighted(rng, &KQ_STRONG)] = Rating::Outstanding;
            }
        }
        Rating::RequiresImprovement => {
            if rng.random_bool(0.85) {
                let k = [2, 2, 2, 3, 3, 4][rng.random_range(0..6)];
                for i in weighted_distinct(rng, &KQ_WEAK, k) {
                    kq[i] = Rating::RequiresImprovement;
                }
            } else {
                let k = rng.random_range(1..=3);
                let picked = weighted_distinct(rng, &KQ_WEAK, k);
                kq[picked[0]] = Rating::Inadequate;
                for &i in &picked[1..] {
                    kq[i] = Rating::RequiresImprovement;
                }
            }
        }
        _ => {
            let inadequate = [1, 1, 1, 2, 2, 3][rng.random_range(0..6)];
            let ri = rng.random_range(1..=3);
            let picked = weighted_distinct(rng, &KQ_WEAK, inadequate + ri);
            for (n, &i) in picked.iter().enumerate() {
                kq[i] = if n < inadequate {
                    Rating::Inadequate
                } else {
                    Rating::RequiresImprovement
                };
            }
        }
    }
    kq
}

/// The overall rating of the set before one rated `later`.
fn previous_overall(rng: &mut ChaCha8Rng, later: Rating) -> Rating {
    let mix = match later {
        Rating::Outstanding => [0.50, 0.45, 0.05, 0.0],
        Rating::Good => [0.04, 0.75, 0.18, 0.03],
        Rating::RequiresImprovement => [0.03, 0.40, 0.45, 0.12],
        _ => [0.0, 0.35, 0.45, 0.20],
    };
    OVERALL[weighted(rng, &mix)]
}

/// Years before the end date of the current report, weighted to one to four years.
fn current_offset(rng: &mut ChaCha8Rng) -> i32 {
    const BUCKETS: [(i32, i32, f64); 7] = [
        (7, 365, 0.14),
        (365, 730, 0.24),
        (730, 1095, 0.24),
        (1095, 1460, 0.18),
        (1460, 1825, 0.10),
        (1825, 2190, 0.05),
        (2190, 2920, 0.05),
    ];
    let weights: Vec<f64> = BUCKETS.iter().map(|b| b.2).collect();
    let (lo, hi, _) = BUCKETS[weighted(rng, &weights)];
    rng.random_range(lo..hi)
}

/// The current set (dated `current`) and up to three earlier ones, none before `lower`;
/// newest first.
fn rating_sets(rng: &mut ChaCha8Rng, mix: [f64; 4], current: i32, lower: i32) -> Vec<GenSet> {
    let overall = OVERALL[weighted(rng, &mix)];
    let below_good = matches!(overall, Rating::RequiresImprovement | Rating::Inadequate);
    let earlier = if below_good {
        weighted(rng, &[0.08, 0.42, 0.32, 0.18])
    } else {
        weighted(rng, &[0.25, 0.35, 0.25, 0.15])
    };
    let mut sets = Vec::with_capacity(earlier + 1);
    let mut rating = overall;
    let mut date = current;
    loop {
        let kq = key_questions(rng, rating);
        sets.push(GenSet {
            overall: rating,
            date,
            key: kq.map(|r| (r, date)),
            link: LinkId::new(rng),
        });
        if sets.len() > earlier {
            break;
        }
        let before = date - rng.random_range(300..=1100);
        if before < lower {
            break;
        }
        date = before;
        rating = previous_overall(rng, rating);
    }
    // A focused inspection: some key questions keep the date of the inspection before.
    if sets.len() > 1 && rng.random_bool(0.2) {
        let older = sets[1].date;
        let k = rng.random_range(1..=2);
        for i in weighted_distinct(rng, &KQ_STRONG, k) {
            sets[0].key[i].1 = older;
        }
    }
    sets
}

// ---------------------------------------------------------------------------------------------
// Locations and providers
// ---------------------------------------------------------------------------------------------

/// Registration dates, status and ratings of one location.
struct Timeline {
    registered: i32,
    deregistered: Option<i32>,
    dormant: bool,
    sets: Vec<GenSet>,
    /// `{"overall": {"rating": "Not rated"}}` rather than no `currentRatings` at all.
    explicit_not_rated: bool,
}

fn timeline(rng: &mut ChaCha8Rng, kind: Kind, deregistered: bool) -> Timeline {
    let rated_sector = kind != Kind::Dentist;
    if deregistered {
        let dereg = rng.random_range(days_from_civil(2013, 1, 1)..=END - 7);
        let mut reg = (dereg - rng.random_range(180..=4500)).max(REG_START);
        if reg > dereg - 60 {
            reg = dereg - 180;
        }
        let mut sets = Vec::new();
        if rated_sector && rng.random_bool(0.85) {
            let upper = dereg - rng.random_range(20..=700);
            let lower = RATING_START.max(reg + 100);
            if upper >= lower {
                let current = rng.random_range(lower.max(upper - 1800)..=upper);
                sets = rating_sets(rng, kind.rating_mix(true), current, lower);
            }
        }
        return Timeline {
            registered: reg,
            deregistered: Some(dereg),
            dormant: false,
            sets,
            explicit_not_rated: false,
        };
    }
    let never_rated = match kind.pool() {
        Pool::Dentist => true,
        Pool::Gp => rng.random_bool(0.03),
        Pool::CareHome | Pool::Community | Pool::SharedLives => rng.random_bool(0.075),
        _ => rng.random_bool(0.10),
    };
    if never_rated {
        let (registered, dormant) = if kind == Kind::Dentist {
            let r = (END - rng.random_range(30..=5800)).max(REG_START);
            (r, rng.random_bool(0.01))
        } else if rng.random_bool(0.8) {
            (END - rng.random_range(14..=730), rng.random_bool(0.02))
        } else {
            (END - rng.random_range(731..=3650), rng.random_bool(0.3))
        };
        return Timeline {
            registered,
            deregistered: None,
            dormant,
            sets: Vec::new(),
            explicit_not_rated: kind != Kind::Dentist && rng.random_bool(0.12),
        };
    }
    let current = END - current_offset(rng);
    let sets = rating_sets(rng, kind.rating_mix(false), current, RATING_START);
    let earliest = sets
        .iter()
        .flat_map(|s| s.key.iter().map(|k| k.1).chain([s.date]))
        .min()
        .unwrap_or(current);
    Timeline {
        registered: (earliest - rng.random_range(150..=4000)).max(REG_START),
        deregistered: None,
        dormant: rng.random_bool(0.01),
        sets,
        explicit_not_rated: false,
    }
}

// The output shapes, in CQC's field order.

#[derive(Serialize)]
struct NameDescription {
    name: &'static str,
    description: &'static str,
}

#[derive(Serialize)]
struct NameOnly {
    name: &'static str,
}

#[derive(Serialize)]
struct NameCode {
    name: &'static str,
    code: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct KeyQuestionOut {
    name: &'static str,
    rating: &'static str,
    report_date: Day,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OverallOut {
    rating: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    report_date: Option<Day>,
    #[serde(skip_serializing_if = "Option::is_none")]
    report_link_id: Option<LinkId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    key_question_ratings: Vec<KeyQuestionOut>,
}

#[derive(Serialize)]
struct CurrentOut {
    overall: OverallOut,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HistoricOut {
    report_date: Day,
    overall: OverallOut,
}

#[derive(Serialize)]
struct DateOut {
    date: Day,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportOut {
    link_id: LinkId,
    report_date: Day,
    report_uri: ReportUri,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LocationOut {
    location_id: String,
    provider_id: String,
    organisation_type: &'static str,
    #[serde(rename = "type")]
    location_type: &'static str,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    brand_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    brand_name: Option<String>,
    registration_status: &'static str,
    registration_date: Day,
    #[serde(skip_serializing_if = "Option::is_none")]
    deregistration_date: Option<Day>,
    dormancy: &'static str,
    care_home: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    number_of_beds: Option<u32>,
    postal_address_line1: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_address_line2: Option<String>,
    postal_address_town_city: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_address_county: Option<&'static str>,
    postal_code: String,
    region: &'static str,
    local_authority: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    onspd_latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    onspd_longitude: Option<f64>,
    main_phone_number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<String>,
    gac_service_types: Vec<NameDescription>,
    specialisms: Vec<NameOnly>,
    regulated_activities: Vec<NameCode>,
    inspection_directorate: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    current_ratings: Option<CurrentOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    historic_ratings: Option<Vec<HistoricOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_inspection: Option<DateOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reports: Option<Vec<ReportOut>>,
    carenav_synthetic: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ProviderOut<'a> {
    provider_id: &'a str,
    organisation_type: &'static str,
    #[serde(rename = "type")]
    provider_type: &'static str,
    name: &'a str,
    ownership_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    brand_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    brand_name: Option<&'a str>,
    location_ids: &'a [String],
    postal_address_line1: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_address_line2: Option<&'a str>,
    postal_address_town_city: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    postal_address_county: Option<&'static str>,
    postal_code: &'a str,
    region: &'static str,
    local_authority: &'static str,
    main_phone_number: &'a str,
    carenav_synthetic: bool,
}

fn key_questions_out(key: &[(Rating, i32); 5]) -> Vec<KeyQuestionOut> {
    key.iter()
        .zip(KQ_NAMES)
        .map(|((r, d), name)| KeyQuestionOut {
            name,
            rating: r.cqc_name(),
            report_date: Day(*d),
        })
        .collect()
}

/// What one location adds to the statistics.
struct Counted {
    care_home: bool,
    home_care: bool,
    deregistered: bool,
    never_rated: bool,
    beds: u32,
}

struct Generator {
    rng: ChaCha8Rng,
    places: Places,
    kinds: Vec<Kind>,
    groups: Vec<Group>,
    group_of: Vec<usize>,
    ids: HashSet<u64>,
}

impl Generator {
    fn new(options: &GenerateOptions) -> Generator {
        let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
        let places = Places::new(rng.random());
        let kinds = kinds(&mut rng, options.locations);
        let mut ids = HashSet::with_capacity(options.locations * 2);
        let (groups, group_of) = plan_groups(&mut rng, &kinds, &mut ids);
        Generator {
            rng,
            places,
            kinds,
            groups,
            group_of,
            ids,
        }
    }

    fn location(&mut self, index: usize) -> (LocationOut, Counted) {
        let rng = &mut self.rng;
        let kind = self.kinds[index];
        let group = &mut self.groups[self.group_of[index]];

        let la = match group.home_la {
            Some(la) if group.local && (group.pool == Pool::Nhs || rng.random_bool(0.85)) => la,
            _ => self.places.authority(rng),
        };
        group.home_la.get_or_insert(la);
        let address = self.places.address(rng, la, kind.is_office());

        // "London" is every London borough's post town: name places after the borough.
        let place = if address.town == "London" {
            address.authority
        } else {
            address.town.as_str()
        };
        let mut name = location_name(rng, kind, place, address.authority);
        if let Some(brand) = &group.brand
            && brand.bracket
            && matches!(kind, Kind::HomeCare | Kind::HomeCareSupported)
        {
            name = format!("{} ({place})", brand.name);
            for extra in ["North", "South", "East", "West", "Central"] {
                if !group.used_names.contains(&name) {
                    break;
                }
                name = format!("{} ({place} {extra})", brand.name);
            }
            if group.used_names.contains(&name) {
                name = format!("{} ({place} {})", brand.name, group.used_names.len());
            }
            group.used_names.push(name.clone());
        }
        if group.name.is_none() {
            group.name = Some(provider_name(rng, group, &name));
            group.address = Some(address.clone());
        }

        let deregistered = rng.random_bool(0.09);
        let t = timeline(rng, kind, deregistered);
        let location_id = new_cqc_id(rng, &mut self.ids);
        group.location_ids.push(location_id.clone());

        let care_home = matches!(kind, Kind::Residential | Kind::Nursing);
        let younger = care_home && rng.random_bool(if kind == Kind::Nursing { 0.10 } else { 0.22 });
        let bed_count = care_home.then(|| beds(rng, kind, younger));

        let website_share = match kind.pool() {
            Pool::Nhs => 1.0,
            Pool::Gp => 0.9,
            Pool::Dentist => 0.8,
            _ if group.brand.is_some() => 0.95,
            _ => 0.55,
        };
        let website = rng.random_bool(website_share).then(|| {
            let site = match &group.brand {
                Some(brand) => slug(&brand.name),
                None => slug(&name),
            };
            format!("https://www.{site}.example")
        });
        let gac_service_types = kind
            .service_types(rng)
            .into_iter()
            .map(|(name, description)| NameDescription { name, description })
            .collect();
        let specialisms = specialisms(rng, kind, younger)
            .into_iter()
            .map(|name| NameOnly { name })
            .collect();
        let regulated_activities = kind
            .regulated_activities(rng)
            .into_iter()
            .map(|(name, code)| NameCode { name, code })
            .collect();

        let (mut current_ratings, mut historic_ratings, mut last_inspection, mut reports) =
            (None, None, None, None);
        if let Some((current, older)) = t.sets.split_first() {
            current_ratings = Some(CurrentOut {
                overall: OverallOut {
                    rating: current.overall.cqc_name(),
                    report_date: Some(Day(current.date)),
                    report_link_id: Some(current.link),
                    key_question_ratings: key_questions_out(&current.key),
                },
            });
            historic_ratings = Some(
                older
                    .iter()
                    .map(|s| HistoricOut {
                        report_date: Day(s.date),
                        overall: OverallOut {
                            rating: s.overall.cqc_name(),
                            report_date: None,
                            report_link_id: None,
                            key_question_ratings: key_questions_out(&s.key),
                        },
                    })
                    .collect(),
            );
            let inspected = (current.date - rng.random_range(20..=120)).max(t.registered);
            last_inspection = Some(DateOut {
                date: Day(inspected),
            });
            reports = Some(
                t.sets
                    .iter()
                    .map(|s| ReportOut {
                        link_id: s.link,
                        report_date: Day(s.date),
                        report_uri: ReportUri(s.link),
                    })
                    .collect(),
            );
        } else if t.explicit_not_rated {
            current_ratings = Some(CurrentOut {
                overall: OverallOut {
                    rating: Rating::NotRated.cqc_name(),
                    report_date: None,
                    report_link_id: None,
                    key_question_ratings: Vec::new(),
                },
            });
        }

        let registered = !deregistered;
        let counted = Counted {
            care_home: registered && care_home,
            home_care: registered && matches!(kind, Kind::HomeCare | Kind::HomeCareSupported),
            deregistered,
            never_rated: registered && kind != Kind::Dentist && t.sets.is_empty(),
            beds: if registered {
                bed_count.unwrap_or(0)
            } else {
                0
            },
        };
        let (brand_id, brand_name) = match &group.brand {
            Some(b) => (Some(b.id.clone()), Some(b.name.clone())),
            None => (None, None),
        };
        let out = LocationOut {
            location_id,
            provider_id: group.id.clone(),
            organisation_type: "Location",
            location_type: kind.cqc_type(),
            name,
            brand_id,
            brand_name,
            registration_status: if deregistered {
                "Deregistered"
            } else {
                "Registered"
            },
            registration_date: Day(t.registered),
            deregistration_date: t.deregistered.map(Day),
            dormancy: if t.dormant { "Y" } else { "N" },
            care_home: if care_home { "Y" } else { "N" },
            number_of_beds: bed_count,
            postal_address_line1: address.line1,
            postal_address_line2: address.line2,
            postal_address_town_city: address.town,
            postal_address_county: (!address.county.is_empty()).then_some(address.county),
            postal_code: address.postcode,
            region: address.region,
            local_authority: address.authority,
            onspd_latitude: address.lat_lon.map(|p| p.0),
            onspd_longitude: address.lat_lon.map(|p| p.1),
            main_phone_number: address.phone,
            website,
            gac_service_types,
            specialisms,
            regulated_activities,
            inspection_directorate: kind.directorate(),
            current_ratings,
            historic_ratings,
            last_inspection,
            reports,
            carenav_synthetic: true,
        };
        (out, counted)
    }

    fn provider(group: &Group) -> ProviderOut<'_> {
        let address = group.address.as_ref();
        ProviderOut {
            provider_id: &group.id,
            organisation_type: "Provider",
            provider_type: group.cqc_type,
            name: group.name.as_deref().unwrap_or_default(),
            ownership_type: group.ownership,
            brand_id: group.brand.as_ref().map(|b| b.id.as_str()),
            brand_name: group.brand.as_ref().map(|b| b.name.as_str()),
            location_ids: &group.location_ids,
            postal_address_line1: address.map_or("", |a| &a.line1),
            postal_address_line2: address.and_then(|a| a.line2.as_deref()),
            postal_address_town_city: address.map_or("", |a| &a.town),
            postal_address_county: address.map(|a| a.county).filter(|c| !c.is_empty()),
            postal_code: address.map_or("", |a| &a.postcode),
            region: address.map_or("", |a| a.region),
            local_authority: address.map_or("", |a| a.authority),
            main_phone_number: address.map_or("", |a| &a.phone),
            carenav_synthetic: true,
        }
    }
}

/// Where the generated objects go.
trait Sink {
    fn object(&mut self, value: &impl Serialize) -> std::io::Result<()>;
}

/// JSON lines: each object is serialised into a reused buffer, then written whole.
struct LineSink<W: Write> {
    out: std::io::BufWriter<W>,
    line: Vec<u8>,
}

impl<W: Write> Sink for LineSink<W> {
    fn object(&mut self, value: &impl Serialize) -> std::io::Result<()> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, value)?;
        self.line.push(b'\n');
        self.out.write_all(&self.line)
    }
}

impl Sink for Vec<Value> {
    fn object(&mut self, value: &impl Serialize) -> std::io::Result<()> {
        self.push(serde_json::to_value(value)?);
        Ok(())
    }
}

/// Generate everything, handing each object to `sink` in output order.
fn run(options: &GenerateOptions, sink: &mut impl Sink) -> std::io::Result<GenerateStats> {
    let mut g = Generator::new(options);
    let mut stats = GenerateStats {
        locations: options.locations,
        providers: g.groups.len(),
        ..GenerateStats::default()
    };
    for i in 0..options.locations {
        let (location, c) = g.location(i);
        stats.care_homes += usize::from(c.care_home);
        stats.home_care += usize::from(c.home_care);
        stats.deregistered += usize::from(c.deregistered);
        stats.never_rated += usize::from(c.never_rated);
        stats.beds += u64::from(c.beds);
        sink.object(&location)?;
    }
    for group in &g.groups {
        sink.object(&Generator::provider(group))?;
    }
    Ok(stats)
}

/// Write `options.locations` location objects, then one provider object per generated
/// provider, as JSON lines.
pub fn generate(
    options: &GenerateOptions,
    out: &mut impl std::io::Write,
) -> std::io::Result<GenerateStats> {
    let mut sink = LineSink {
        out: std::io::BufWriter::with_capacity(1 << 16, out),
        line: Vec::with_capacity(8192),
    };
    let stats = run(options, &mut sink)?;
    sink.out.flush()?;
    Ok(stats)
}

/// The same objects as serde_json::Value (locations first, then providers), for tests.
pub fn generate_values(options: &GenerateOptions) -> (Vec<serde_json::Value>, GenerateStats) {
    let mut values = Vec::with_capacity(options.locations * 3 / 2);
    // Serialising these shapes to a `Value` cannot fail (string keys, finite numbers).
    let stats = run(options, &mut values).unwrap_or_default();
    (values, stats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, HashMap};

    fn opts(locations: usize, seed: u64) -> GenerateOptions {
        GenerateOptions { locations, seed }
    }

    fn s<'a>(v: &'a Value, key: &str) -> &'a str {
        v.get(key).and_then(Value::as_str).unwrap_or("")
    }

    fn overall(v: &Value) -> Option<&str> {
        v.pointer("/currentRatings/overall/rating")
            .and_then(Value::as_str)
    }

    fn is_location(v: &Value) -> bool {
        s(v, "organisationType") == "Location"
    }

    fn kq_ratings(overall: &Value) -> Vec<&str> {
        overall["keyQuestionRatings"]
            .as_array()
            .map(|a| a.iter().map(|k| s(k, "rating")).collect())
            .unwrap_or_default()
    }

    fn check_key_questions(overall_rating: &str, kq: &[&str]) {
        assert_eq!(kq.len(), 5);
        let count = |r: &str| kq.iter().filter(|k| **k == r).count();
        let (out, good, ri, inad) = (
            count("Outstanding"),
            count("Good"),
            count("Requires improvement"),
            count("Inadequate"),
        );
        assert_eq!(out + good + ri + inad, 5, "{kq:?}");
        match overall_rating {
            "Outstanding" => assert!(out >= 2 && ri + inad == 0, "{overall_rating}: {kq:?}"),
            "Good" => assert!(good >= 4 && inad == 0, "{overall_rating}: {kq:?}"),
            "Requires improvement" => {
                assert!(ri >= 2 || inad >= 1, "{overall_rating}: {kq:?}");
                assert!(out == 0, "{overall_rating}: {kq:?}");
            }
            "Inadequate" => assert!(inad >= 1, "{overall_rating}: {kq:?}"),
            other => panic!("unexpected rating {other}"),
        }
    }

    #[test]
    fn generator_dates_and_link_ids() {
        assert_eq!(iso(0), "1970-01-01");
        assert_eq!(iso(END), "2026-11-01");
        assert_eq!(iso(days_from_civil(2024, 2, 29)), "2024-02-29");
        assert_eq!(iso(days_from_civil(2024, 2, 29) + 1), "2024-03-01");
        for day in REG_START..END + 400 {
            let (y, m, d) = Date::from_unix_days(day as i64).ymd();
            assert_eq!(days_from_civil(y as i32, m, d), day);
            assert_eq!(iso(day), format!("{y:04}-{m:02}-{d:02}"));
        }
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let id = serde_json::to_value(LinkId::new(&mut rng)).unwrap();
        let id = id.as_str().unwrap();
        assert_eq!(id.len(), 36);
        assert_eq!(
            id.split('-').map(str::len).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert_eq!(&id[14..15], "4");
        let uri = serde_json::to_value(ReportUri(LinkId(u128::MAX))).unwrap();
        assert_eq!(uri, "/reports/ffffffff-ffff-ffff-ffff-ffffffffffff");
        assert_eq!(outward_codes("LS1-3 WC1E"), ["LS1", "LS2", "LS3", "WC1E"]);
        assert_eq!(slug("St Anne's House (Leeds)"), "st-annes-house-leeds");
    }

    #[test]
    fn generator_is_deterministic() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        let mut c = Vec::new();
        let sa = generate(&opts(800, 7), &mut a).unwrap();
        let sb = generate(&opts(800, 7), &mut b).unwrap();
        generate(&opts(800, 8), &mut c).unwrap();
        assert_eq!(a, b);
        assert_eq!(sa, sb);
        assert_ne!(a, c);
        // The lines are the values, one per line.
        let (values, sv) = generate_values(&opts(800, 7));
        assert_eq!(sv, sa);
        let text = String::from_utf8(a).unwrap();
        assert_eq!(text.lines().count(), values.len());
        for (line, value) in text.lines().zip(&values) {
            assert_eq!(&serde_json::from_str::<Value>(line).unwrap(), value);
        }
    }

    #[test]
    fn generator_small_sizes_work() {
        for n in [0, 1, 2, 7, 30] {
            let (values, stats) = generate_values(&opts(n, 1));
            assert_eq!(stats.locations, n);
            assert_eq!(values.iter().filter(|v| is_location(v)).count(), n);
            assert_eq!(values.len(), n + stats.providers);
        }
    }

    #[test]
    fn generator_national_shapes_at_5000() {
        check_national_shapes(42);
    }

    /// The shape checks hold whatever the seed, not only for the one the test uses.
    #[test]
    #[ignore]
    fn generator_national_shapes_other_seeds() {
        for seed in 1..=12 {
            check_national_shapes(seed);
        }
    }

    fn check_national_shapes(seed: u64) {
        let n = 5000;
        let (values, stats) = generate_values(&opts(n, seed));
        let (locations, providers): (Vec<&Value>, Vec<&Value>) =
            values.iter().partition(|v| is_location(v));
        assert_eq!(locations.len(), n);
        assert_eq!(providers.len(), stats.providers);
        assert!(values[..n].iter().all(is_location), "locations come first");
        assert!(
            providers
                .iter()
                .all(|p| s(p, "organisationType") == "Provider")
        );

        // Every object is marked as demonstration data.
        assert!(
            values
                .iter()
                .all(|v| v["carenavSynthetic"] == Value::Bool(true))
        );

        // Required fields and unique ids.
        let mut ids = HashSet::new();
        for l in &locations {
            for key in [
                "locationId",
                "name",
                "postalCode",
                "region",
                "localAuthority",
            ] {
                assert!(!s(l, key).is_empty(), "{key} missing in {l}");
            }
            assert!(carenav_domain::directory::model::is_location_id(s(
                l,
                "locationId"
            )));
            assert!(ids.insert(s(l, "locationId").to_string()), "duplicate id");
            let pc = s(l, "postalCode");
            let (_, inward) = pc.split_once(' ').unwrap();
            assert_eq!(inward.len(), 3, "{pc}");
            assert!(
                inward[1..].bytes().all(|b| INWARD_LETTERS.contains(&b)),
                "{pc}"
            );
            let phone = s(l, "mainPhoneNumber");
            assert!(
                [
                    "01632 960",
                    "020 7946 0",
                    "0113 496 0",
                    "0114 496 0",
                    "0115 496 0",
                    "0116 496 0",
                    "0117 496 0",
                    "0118 496 0",
                    "0121 496 0",
                    "0151 496 0",
                    "0161 496 0",
                    "0191 498 0"
                ]
                .iter()
                .any(|p| phone.starts_with(p)),
                "{phone}"
            );
        }

        // Providers and their locations agree.
        let mut provider_locations: HashMap<&str, HashSet<&str>> = HashMap::new();
        for p in &providers {
            let listed = p["locationIds"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            assert!(
                provider_locations
                    .insert(s(p, "providerId"), listed)
                    .is_none()
            );
        }
        for l in &locations {
            let listed = provider_locations
                .get(s(l, "providerId"))
                .expect("provider object exists");
            assert!(listed.contains(s(l, "locationId")));
        }
        let biggest = provider_locations.values().map(HashSet::len).max().unwrap();
        let singles = provider_locations.values().filter(|l| l.len() == 1).count();
        assert!(biggest >= 20, "a chain of {biggest}");
        assert!(
            singles * 2 > providers.len(),
            "mostly one location per provider"
        );

        // Shares of care homes and home care.
        let registered: Vec<&&Value> = locations
            .iter()
            .filter(|l| s(l, "registrationStatus") == "Registered")
            .collect();
        let care_homes = registered
            .iter()
            .filter(|l| s(l, "careHome") == "Y")
            .count();
        let home_care = registered
            .iter()
            .filter(|l| {
                l["gacServiceTypes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|t| s(t, "name") == "Homecare agencies")
            })
            .count();
        assert_eq!(care_homes, stats.care_homes);
        assert_eq!(home_care, stats.home_care);
        let share = |c: usize| c as f64 / n as f64;
        assert!((0.22..0.28).contains(&share(care_homes)), "{care_homes}");
        assert!((0.18..0.24).contains(&share(home_care)), "{home_care}");
        let deregistered = n - registered.len();
        assert_eq!(deregistered, stats.deregistered);
        assert!(
            (0.07..0.11).contains(&share(deregistered)),
            "{deregistered}"
        );
        let nursing = registered
            .iter()
            .filter(|l| {
                l["gacServiceTypes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|t| s(t, "name") == "Nursing homes")
            })
            .count() as f64;
        assert!((0.2..0.35).contains(&(nursing / care_homes as f64)));
        let beds: u64 = registered
            .iter()
            .filter_map(|l| l["numberOfBeds"].as_u64())
            .sum();
        assert_eq!(beds, stats.beds);
        let per_home = beds as f64 / care_homes as f64;
        assert!((26.0..36.0).contains(&per_home), "{per_home} beds per home");

        // Ratings of registered adult social care.
        let asc: Vec<&&&Value> = registered
            .iter()
            .filter(|l| s(l, "type") == "Social Care Org")
            .collect();
        let mut mix: BTreeMap<&str, usize> = BTreeMap::new();
        for l in &asc {
            *mix.entry(overall(l).unwrap_or("never")).or_default() += 1;
        }
        let rated: usize = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
            .iter()
            .map(|r| mix.get(r).copied().unwrap_or(0))
            .sum();
        let good_or_better =
            mix.get("Outstanding").copied().unwrap_or(0) + mix.get("Good").copied().unwrap_or(0);
        let pct = 100.0 * good_or_better as f64 / rated as f64;
        assert!(
            (79.0..=89.0).contains(&pct),
            "{pct}% good or outstanding: {mix:?}"
        );
        let never = asc.len() - rated;
        assert!(never > 0 && never * 100 < asc.len() * 12, "{mix:?}");
        assert!(mix.get("Not rated").copied().unwrap_or(0) > 0, "{mix:?}");
        assert!(stats.never_rated > 0);

        // Repeated "Requires improvement".
        let repeated = locations
            .iter()
            .filter(|l| {
                overall(l) == Some("Requires improvement")
                    && l.pointer("/historicRatings/0/overall/rating")
                        .and_then(Value::as_str)
                        == Some("Requires improvement")
            })
            .count();
        let ri_now = locations
            .iter()
            .filter(|l| overall(l) == Some("Requires improvement"))
            .count();
        assert!(repeated > 0);
        let repeat_share = repeated as f64 / ri_now as f64;
        assert!((0.3..0.5).contains(&repeat_share), "{repeat_share}");

        // Key questions agree with the overall rating; dates are in order.
        let latest = "2026-11-23";
        for l in &locations {
            let reg = s(l, "registrationDate");
            assert!(carenav_domain::directory::model::is_iso_date(reg));
            if let Some(d) = l.get("deregistrationDate").and_then(Value::as_str) {
                assert!(d > reg && d <= latest);
            }
            let Some(cur) = l.pointer("/currentRatings/overall") else {
                continue;
            };
            let rating = s(cur, "rating");
            if rating == "Not rated" {
                assert!(l.get("historicRatings").is_none());
                continue;
            }
            let cur_date = s(cur, "reportDate");
            assert!(cur_date <= latest && cur_date >= reg, "{cur_date} vs {reg}");
            if let Some(d) = l.get("deregistrationDate").and_then(Value::as_str) {
                assert!(cur_date <= d);
            }
            check_key_questions(rating, &kq_ratings(cur));
            for kq in cur["keyQuestionRatings"].as_array().unwrap() {
                let d = s(kq, "reportDate");
                assert!(d <= cur_date && d >= reg);
            }
            let mut previous = cur_date;
            let history = l["historicRatings"].as_array().unwrap();
            assert!(history.len() <= 3);
            for h in history {
                let d = s(h, "reportDate");
                assert!(d < previous && d >= reg, "{d} after {previous}");
                previous = d;
                check_key_questions(s(&h["overall"], "rating"), &kq_ratings(&h["overall"]));
            }
            assert_eq!(l["reports"].as_array().unwrap().len(), history.len() + 1);
            assert_eq!(s(cur, "reportLinkId"), s(&l["reports"][0], "linkId"));
        }

        // Leeds has care homes, with coordinates near the city.
        let leeds: Vec<&&Value> = locations
            .iter()
            .filter(|l| s(l, "localAuthority") == "Leeds" && s(l, "careHome") == "Y")
            .collect();
        assert!(leeds.len() >= 10, "{} Leeds care homes", leeds.len());
        for l in &leeds {
            assert!(s(l, "postalCode").starts_with("LS"));
            if let Some(lat) = l["onspdLatitude"].as_f64() {
                let lon = l["onspdLongitude"].as_f64().unwrap();
                assert!((lat - 53.7997).abs() < 0.12 && (lon + 1.5492).abs() < 0.2);
            }
        }
        let without_coordinates = locations
            .iter()
            .filter(|l| l.get("onspdLatitude").is_none())
            .count();
        assert!(without_coordinates > 0 && without_coordinates < n / 20);
        let regions: HashSet<&str> = locations.iter().map(|l| s(l, "region")).collect();
        assert_eq!(regions.len(), 9);
        let brackets = locations
            .iter()
            .filter(|l| s(l, "name").ends_with(')') && l.get("brandName").is_some())
            .count();
        assert!(brackets > 0);
    }

    #[test]
    fn generator_postcodes_cluster() {
        // The same outward code always lands in the same neighbourhood.
        let (values, _) = generate_values(&opts(3000, 3));
        let mut by_outward: BTreeMap<&str, Vec<(f64, f64)>> = BTreeMap::new();
        for l in values.iter().filter(|v| is_location(v)) {
            if let (Some(lat), Some(lon)) =
                (l["onspdLatitude"].as_f64(), l["onspdLongitude"].as_f64())
            {
                let outward = s(l, "postalCode").split(' ').next().unwrap();
                by_outward.entry(outward).or_default().push((lat, lon));
            }
        }
        for (outward, points) in by_outward {
            for p in &points {
                assert!((p.0 - points[0].0).abs() < 0.035, "{outward}");
                assert!((p.1 - points[0].1).abs() < 0.06, "{outward}");
            }
        }
    }

    #[test]
    fn generator_output_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("locations.jsonl");
        let mut file = std::fs::File::create(&path).unwrap();
        let stats = generate(&opts(1500, 11), &mut file).unwrap();
        drop(file);
        let (mut locations, mut providers) = (0, 0);
        for record in crate::read::read_cqc_api(&path).unwrap() {
            match record.unwrap() {
                crate::read::ApiRecord::Location(l) => {
                    assert!(l.synthetic);
                    l.validate().unwrap();
                    assert!(l.postcode.is_some() && l.local_authority.is_some());
                    locations += 1;
                }
                crate::read::ApiRecord::Provider(p) => {
                    assert!(p.synthetic && !p.location_ids.is_empty());
                    providers += 1;
                }
            }
        }
        assert_eq!((locations, providers), (stats.locations, stats.providers));
    }

    /// `cargo test --release --features io generator_speed -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn generator_speed() {
        let start = std::time::Instant::now();
        let stats = generate(&opts(60_000, 1), &mut std::io::sink()).unwrap();
        println!(
            "{} locations in {} ms",
            stats.locations,
            start.elapsed().as_millis()
        );
    }

    /// `cargo test --release --features io generator_national_summary -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn generator_national_summary() {
        let start = std::time::Instant::now();
        generate(&opts(60_000, 1), &mut std::io::sink()).unwrap();
        println!("to a sink: {} ms", start.elapsed().as_millis());
        let start = std::time::Instant::now();
        let mut out = Vec::new();
        let stats = generate(&opts(60_000, 1), &mut out).unwrap();
        let ms = start.elapsed().as_millis();
        let (values, _) = generate_values(&opts(60_000, 1));
        let mut mix: BTreeMap<String, usize> = BTreeMap::new();
        let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
        let mut regions: BTreeMap<String, usize> = BTreeMap::new();
        for l in values.iter().filter(|v| is_location(v)) {
            if s(l, "registrationStatus") != "Registered" {
                continue;
            }
            *regions.entry(s(l, "region").to_string()).or_default() += 1;
            for t in l["gacServiceTypes"].as_array().unwrap() {
                *kinds.entry(s(t, "name").to_string()).or_default() += 1;
            }
            if s(l, "type") == "Social Care Org" {
                let r = overall(l).unwrap_or("(none)").to_string();
                *mix.entry(r).or_default() += 1;
            }
        }
        println!("{stats:?}\n{} bytes in {ms} ms", out.len());
        println!("registered ASC overall: {mix:?}");
        println!("registered service types: {kinds:?}");
        println!("registered by region: {regions:?}");
        let leeds = values
            .iter()
            .filter(|l| s(l, "localAuthority") == "Leeds" && s(l, "careHome") == "Y")
            .count();
        println!("Leeds care homes: {leeds}");
        for line in std::str::from_utf8(&out)
            .unwrap()
            .lines()
            .step_by(7919)
            .take(6)
        {
            println!("{line}");
        }
    }
}
