//! ISO 3166-1 alpha-3 codes with English short names, used to decide which
//! gold actor codes in the fictional validation suites (TABARI, PETRARCH2)
//! denote real countries: a code counts only when the suite's own actor
//! dictionary names it with the real country's name (so `ETHIOPIA [ETH]`
//! counts while `ERIADOR [ERI]` does not, although ERI is Eritrea's code).

/// `CODE Name` pairs separated by `|`. Common alternative names follow the
/// main one after `/`.
const TABLE: &str = "AFG Afghanistan|ALB Albania|DZA Algeria|AND Andorra|AGO Angola|ATG Antigua|ARG Argentina|\
ARM Armenia|AUS Australia|AUT Austria|AZE Azerbaijan|BHS Bahamas|BHR Bahrain|BGD Bangladesh|BRB Barbados|\
BLR Belarus|BEL Belgium|BLZ Belize|BEN Benin|BTN Bhutan|BOL Bolivia|BIH Bosnia|BWA Botswana|BRA Brazil|\
BRN Brunei|BGR Bulgaria|BFA Burkina Faso|BDI Burundi|KHM Cambodia|CMR Cameroon|CAN Canada|CPV Cape Verde|\
CAF Central African Republic|TCD Chad|CHL Chile|CHN China|COL Colombia|COM Comoros|COG Congo|COD Congo/Zaire|\
CRI Costa Rica|CIV Ivory Coast/Cote d'Ivoire|HRV Croatia|CUB Cuba|CYP Cyprus|CZE Czech|DNK Denmark|DJI Djibouti|\
DMA Dominica|DOM Dominican Republic|ECU Ecuador|EGY Egypt|SLV El Salvador|GNQ Equatorial Guinea|ERI Eritrea|\
EST Estonia|ETH Ethiopia|FJI Fiji|FIN Finland|FRA France/French|GAB Gabon|GMB Gambia|GEO Georgia|DEU Germany/German|\
GHA Ghana|GRC Greece/Greek|GRD Grenada|GTM Guatemala|GIN Guinea|GNB Guinea-Bissau|GUY Guyana|HTI Haiti|\
HND Honduras|HUN Hungary|ISL Iceland|IND India|IDN Indonesia|IRN Iran|IRQ Iraq|IRL Ireland|ISR Israel|ITA Italy/Italian|\
JAM Jamaica|JPN Japan|JOR Jordan|KAZ Kazakhstan|KEN Kenya|KIR Kiribati|PRK North Korea|KOR South Korea/Korea|\
KWT Kuwait|KGZ Kyrgyzstan|LAO Laos|LVA Latvia|LBN Lebanon|LSO Lesotho|LBR Liberia|LBY Libya|LIE Liechtenstein|\
LTU Lithuania|LUX Luxembourg|MKD Macedonia|MDG Madagascar|MWI Malawi|MYS Malaysia|MDV Maldives|MLI Mali|MLT Malta|\
MHL Marshall Islands|MRT Mauritania|MUS Mauritius|MEX Mexico|FSM Micronesia|MDA Moldova|MCO Monaco|MNG Mongolia|\
MNE Montenegro|MAR Morocco|MOZ Mozambique|MMR Myanmar/Burma|NAM Namibia|NRU Nauru|NPL Nepal|NLD Netherlands/Holland|\
NZL New Zealand|NIC Nicaragua|NER Niger|NGA Nigeria|NOR Norway|OMN Oman|PAK Pakistan|PLW Palau|PSE Palestine/Palestinian|\
PAN Panama|PNG Papua New Guinea|PRY Paraguay|PER Peru|PHL Philippines|POL Poland|PRT Portugal|QAT Qatar|ROU Romania|\
RUS Russia|RWA Rwanda|KNA Saint Kitts|LCA Saint Lucia|VCT Saint Vincent|WSM Samoa|SMR San Marino|STP Sao Tome|\
SAU Saudi Arabia|SEN Senegal|SRB Serbia|SYC Seychelles|SLE Sierra Leone|SGP Singapore|SVK Slovakia|SVN Slovenia|\
SLB Solomon Islands|SOM Somalia|ZAF South Africa|SSD South Sudan|ESP Spain|LKA Sri Lanka|SDN Sudan|SUR Suriname|\
SWZ Swaziland/Eswatini|SWE Sweden|CHE Switzerland|SYR Syria|TWN Taiwan|TJK Tajikistan|TZA Tanzania|THA Thailand|\
TLS East Timor/Timor-Leste|TGO Togo|TON Tonga|TTO Trinidad|TUN Tunisia|TUR Turkey|TKM Turkmenistan|TUV Tuvalu|\
UGA Uganda|UKR Ukraine|ARE United Arab Emirates|GBR United Kingdom/Britain|USA United States/America|URY Uruguay|\
UZB Uzbekistan|VUT Vanuatu|VAT Vatican|VEN Venezuela|VNM Vietnam|YEM Yemen|ZMB Zambia|ZWE Zimbabwe|XKX Kosovo";

/// The names of an ISO alpha-3 code, upper case, or `None` if unknown.
#[must_use]
pub fn names(code: &str) -> Option<Vec<String>> {
    TABLE.split('|').find_map(|entry| {
        let (c, rest) = entry.split_once(' ')?;
        (c == code).then(|| rest.split('/').map(str::to_uppercase).collect())
    })
}

/// True when `code` is a known ISO alpha-3 code.
#[must_use]
pub fn is_iso3(code: &str) -> bool {
    names(code).is_some()
}

/// True when a dictionary name (words joined by `_` or spaces, upper case)
/// names the real country `code`: it starts with one of the country's names
/// or their first six letters (`ARGENTIN` for Argentina).
#[must_use]
pub fn dictionary_name_matches(code: &str, dict_name: &str) -> bool {
    let Some(ns) = names(code) else { return false };
    let d = dict_name.replace('_', " ").trim().to_uppercase();
    ns.iter().any(|n| {
        let stem: String = n.chars().take(6).collect();
        d.starts_with(n.as_str())
            || (d.len() >= 6 && n.starts_with(&d))
            || (stem.len() == 6 && d.starts_with(&stem))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_matching() {
        assert!(is_iso3("ETH") && is_iso3("USA") && !is_iso3("ARN"));
        assert!(dictionary_name_matches("ETH", "ETHIOPIA"));
        assert!(dictionary_name_matches("ARG", "ARGENTIN"));
        assert!(dictionary_name_matches("USA", "UNITED_STATES"));
        assert!(!dictionary_name_matches("ERI", "ERIADOR"));
        assert!(!dictionary_name_matches("ARN", "ARNOR"));
    }
}
