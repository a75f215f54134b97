//! Proposing action-learning sets for a cohort: sizes balanced (within one
//! of each other), and countries and cadres mixed as much as the numbers
//! allow.
//!
//! Greedy: people from the most represented countries are placed first, each
//! into the set with room that has the fewest people from their country, then
//! the fewest of their cadre, then the fewest members. Placing the largest
//! groups first spreads them before the sets fill up, so a country with no
//! more people than there are sets never has two in one set.

use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub user_id: i64,
    pub country: String,
    pub cadre: String,
}

/// The sizes of `sets` sets for `people` people, differing by at most one.
fn sizes(people: usize, sets: usize) -> Vec<usize> {
    (0..sets)
        .map(|i| people / sets + usize::from(i < people % sets))
        .collect()
}

/// Groups `people` into as few sets of at most `max_size` as possible.
/// Returns the user ids of each set's members.
pub fn propose(people: &[Candidate], max_size: usize) -> Vec<Vec<i64>> {
    if people.is_empty() || max_size == 0 {
        return Vec::new();
    }
    let count = people.len().div_ceil(max_size);
    let capacity = sizes(people.len(), count);
    let mut per_country: HashMap<&str, usize> = HashMap::new();
    for person in people {
        *per_country.entry(person.country.as_str()).or_default() += 1;
    }
    let mut order: Vec<&Candidate> = people.iter().collect();
    order.sort_by(|a, b| {
        per_country[b.country.as_str()]
            .cmp(&per_country[a.country.as_str()])
            .then_with(|| a.country.cmp(&b.country))
            .then_with(|| a.cadre.cmp(&b.cadre))
            .then_with(|| a.user_id.cmp(&b.user_id))
    });
    let mut sets: Vec<Vec<&Candidate>> = vec![Vec::new(); count];
    for person in order {
        let best = (0..count)
            .filter(|&i| sets[i].len() < capacity[i])
            .min_by_key(|&i| {
                let same_country = sets[i]
                    .iter()
                    .filter(|m| m.country == person.country)
                    .count();
                let same_cadre = sets[i].iter().filter(|m| m.cadre == person.cadre).count();
                (same_country, same_cadre, sets[i].len(), i)
            });
        if let Some(i) = best {
            sets[i].push(person);
        }
    }
    sets.into_iter()
        .map(|members| members.into_iter().map(|m| m.user_id).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNTRIES: [&str; 8] = ["SN", "GH", "NG", "ML", "JO", "LB", "BD", "NP"];
    const CADRES: [&str; 5] = [
        "nurse",
        "midwife",
        "planner",
        "hr-officer",
        "health-manager",
    ];

    /// A cohort with uneven numbers per country, as nominations come in.
    fn cohort(size: usize) -> Vec<Candidate> {
        (0..size)
            .map(|i| Candidate {
                user_id: i as i64,
                // Skewed: the first countries get more people.
                country: COUNTRIES[(i * i + i / 3) % COUNTRIES.len()].to_string(),
                cadre: CADRES[(i / 2) % CADRES.len()].to_string(),
            })
            .collect()
    }

    fn check(people: &[Candidate], max_size: usize) {
        let sets = propose(people, max_size);
        let all: Vec<i64> = sets.iter().flatten().copied().collect();
        assert_eq!(all.len(), people.len(), "everyone is placed once");
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), people.len());

        let lengths: Vec<usize> = sets.iter().map(Vec::len).collect();
        let (min, max) = (lengths.iter().min().copied(), lengths.iter().max().copied());
        assert!(max <= Some(max_size), "{lengths:?}");
        assert!(
            max.zip(min).is_some_and(|(max, min)| max - min <= 1),
            "{lengths:?}"
        );
        assert_eq!(sets.len(), people.len().div_ceil(max_size));

        // No set has more people from one country than the numbers force.
        let country = |id: i64| people[id as usize].country.as_str();
        for code in COUNTRIES {
            let total = people.iter().filter(|p| p.country == code).count();
            let allowed = total.div_ceil(sets.len());
            for set in &sets {
                let here = set.iter().filter(|&&id| country(id) == code).count();
                assert!(
                    here <= allowed,
                    "{code}: {here} in one set, {total} in {} sets",
                    sets.len()
                );
            }
        }
    }

    #[test]
    fn sets_of_generated_cohorts_are_balanced_and_mixed() {
        for size in [10, 37, 300] {
            check(&cohort(size), 9);
        }
        check(&cohort(37), 5);
    }

    #[test]
    fn a_country_with_no_more_people_than_sets_has_one_person_per_set() {
        // 37 people, sets of at most 9: 5 sets; no country has more than 5.
        let people: Vec<Candidate> = (0..37)
            .map(|i| Candidate {
                user_id: i,
                country: COUNTRIES[i as usize % COUNTRIES.len()].to_string(),
                cadre: "nurse".into(),
            })
            .collect();
        let sets = propose(&people, 9);
        assert_eq!(sets.len(), 5);
        for set in sets {
            let mut countries: Vec<&str> = set
                .iter()
                .map(|&id| people[id as usize].country.as_str())
                .collect();
            let members = countries.len();
            countries.sort();
            countries.dedup();
            assert_eq!(
                countries.len(),
                members,
                "no two colleagues from one country"
            );
        }
    }

    #[test]
    fn cadres_are_mixed_too() {
        // One country only: cadres decide.
        let people: Vec<Candidate> = (0..12)
            .map(|i| Candidate {
                user_id: i,
                country: "GH".into(),
                cadre: CADRES[i as usize % 3].to_string(),
            })
            .collect();
        for set in propose(&people, 3) {
            let mut cadres: Vec<&str> = set
                .iter()
                .map(|&id| people[id as usize].cadre.as_str())
                .collect();
            cadres.sort();
            cadres.dedup();
            assert_eq!(cadres.len(), 3, "each set of three has three cadres");
        }
    }

    #[test]
    fn nobody_means_no_sets() {
        assert!(propose(&[], 9).is_empty());
    }
}
