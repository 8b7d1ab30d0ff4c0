/// Which words make a strike, and which words around them unmake one. `TriggerReader` reads them.
struct TriggerWords: Sendable {
    /// Single words that report a strike, with their kind and whether they are plural ("airstrikes": a count
    /// of one is not implied).
    let single: WordMap<(StrikeKind, Bool)>
    /// Weapons that make a verb of hitting a strike ("jets struck", "Turkish drones pounded").
    let weaponSubjects: WordMap<StrikeKind>
    /// The verbs after a weapon ("coalition jets struck Hajin").
    let hittingVerbs: WordSet
    /// Words before an attack noun that make a trigger of two words ("air strike", "drone attack").
    let pairFirstWords: WordSet
    /// Nouns after `pairFirstWords`: "air raid", "artillery fire", "rocket barrage".
    let attackNouns: WordSet
    /// "barrel bombs", "dropped bombs", "cluster munitions": air-dropped weapons, written as two words.
    let bombFirstWords: WordSet
    let bombWords: WordSet
    /// Verbs of use that make a strike of the weapon named a few words after them ("fired 2 107mm rockets
    /// toward", "launched 'HIMARS' missiles at", "dropped explosives from a drone on").
    let launchVerbs: WordSet
    /// What `launchVerbs` launch, with the kind of strike: ammunition and the weapon names monitors use.
    let launchedWeapons: WordMap<StrikeKind>
    /// Armed forces as the subject of a verb of hitting ("Russian air forces struck near X", "Ukrainian
    /// forces hit with a drone a vehicle"): not a group of fighters, whose attacks are on the ground.
    let attackers: WordSet
    /// The verbs after `attackers` that report a strike (verbs that are triggers alone are not repeated).
    let attackerVerbs: WordSet
    /// After ammunition, a direction that makes it fired: "mortar shells towards the base".
    let firedTowards: WordSet
    /// An armed force's verb of fire with no weapon named, a strike when a name follows its direction
    /// ("Russian forces fired at Kherson", "fired on Nikopol"): not "fired on protesters".
    let fireVerbs: WordSet
    /// Where the words a verb of use can take before its weapon end: its target follows.
    let launchStops: WordSet
    /// Between "with" or "by" and the weapon: "hit with a drone", "struck by two drones".
    let instrumentDeterminers: WordSet
    /// Hedges and reported speech between a weapon or force and its verb: "warplanes were reported to have
    /// targeted", "jets allegedly struck", "drones are believed to have hit".
    let hedges: WordSet
    /// What an air force does that is a strike, beyond `hittingVerbs`: "air forces destroyed two boats".
    let airForceVerbs: WordSet
    /// Every word a trigger can begin with (misspelt airstrikes aside): one look-up rejects the rest.
    let firstWords: WordSet
    /// A casualty statement with one of these is a report even without a trigger word ("at least 1,139
    /// civilians have been killed in Iraq and Syria since ... its anti-Daesh campaign").
    let militaryCues: WordSet
    /// Trigger words that a following noun can make something else ("strike force", "fire team").
    let modifiableHeads: WordSet
    /// After such a head, these nouns show a modifier use ("strike assessments", "strike areas").
    let modifiedNouns: WordSet
    /// Before "strike", these make a figurative or non-military one ("hunger strike", "general strike").
    let figurative: WordSet
    /// Before "bombing", these make it a bombing on the ground ("a suicide bombing", "car bombings"), no strike.
    let terrorBombing: WordSet
    /// After "strike", these make it an idiom ("strike a deal", "struck a balance").
    let nonMilitaryObjects: WordSet
    /// "a strike by workers": a labour strike.
    let labourAgents: WordSet
    /// Near "missiles" or "rockets", these make them intercepted, not a strike that hit.
    let interception: WordSet
    /// Before "raid", these make it a raid on the ground ("a police raid", "special forces raid").
    let groundRaiders: WordSet
    /// A casualty statement without a trigger word is no strike's report when these tell the violence was
    /// on the ground: IEDs, shootings, ambushes, suicide and car bombs, clashes.
    let groundViolence: WordSet
    /// Ammunition that makes a verb of impact a strike within a few words: "shells fired by presumed LNA
    /// forces fell in X", "mortar rounds landed on".
    let ammunition: WordSet
    let impactVerbs: WordSet
    /// Verbs of harm that make ammunition a strike when they follow it in one phrase ("shells fired by the
    /// militia damaged two aircraft"), not across a list ("destroyed ... an ISIL rocket, two vehicles, and
    /// wounded a fighter").
    let harmVerbs: WordSet
    /// "mortar rounds", "artillery shells" are a strike only with a verb of use near them ("were fired",
    /// "fell"): a cache of mortar rounds is not one.
    let ammunitionNouns: WordSet
    let useVerbs: WordSet
    /// Within four words before a trigger, these make it negated, hypothetical or planned.
    let irrealis: WordSet
    /// After a weapon's name, what it is: "a Lancet loitering munition struck", "Kalibr cruise missiles hit".
    let weaponNameTails: WordSet
    /// After a weapon, these begin whose it is ("warplanes of the coalition struck", "jets belonging to the
    /// air force", "drones from Russian forces") ...
    let ownerWords: WordSet
    /// ... and these words, beside names and armed forces, may stand in the owner's name.
    let ownerPhraseWords: WordSet
    /// A protest or a remembrance earlier in the sentence ...
    let protests: WordSet
    /// ... and one of these within four words before the trigger: the strike is what people protest or
    /// remember ("protesters gathered to commemorate the victims of an earlier airstrike", "a rally against
    /// the shelling of X"), not a new one.
    let protestedCues: WordSet
    /// Within four words before "mortar fire" or "rockets", these make the fire the target of a strike
    /// ("suppressed ISIL mortar fire"), not a strike of its own.
    let targetVerbs: WordSet
    /// Within three words after "engaged", what a military engagement engages: without one, "engaged" is
    /// the everyday verb.
    let engagedObjects: WordSet
    /// A bare "rockets", "missiles" or "artillery" is a strike only with a verb of use before it ("fired
    /// rockets", "crushed with air assaults and artillery") ...
    let weaponUseBefore: WordSet
    /// ... or a verb of hitting after it ("artillery shelling", "rockets hit").
    let weaponUseAfter: WordSet

    init(_ r: inout WordRegistry) {
        single = r.map([
            "airstrike": (.airstrike, false), "airstrikes": (.airstrike, true), "air-strike": (.airstrike, false),
            "strike": (.strike, false), "strikes": (.strike, true), "raid": (.airstrike, false), "raids": (.airstrike, true),
            "bombing": (.airstrike, false), "bombings": (.airstrike, true), "bombed": (.airstrike, false),
            "bombardment": (.airstrike, false), "bombardments": (.airstrike, true), "shelling": (.artillery, false),
            "shelled": (.artillery, false), "artillery": (.artillery, false), "engaged": (.strike, false),
            "bombarded": (.strike, false), "bombarding": (.strike, false), "shellfire": (.artillery, false),
            "airraid": (.airstrike, false), "airraids": (.airstrike, true), "engagement": (.strike, false),
            "engagements": (.strike, true),
            "rockets": (.artillery, true), "missiles": (.missile, true),
        ])
        weaponSubjects = r.map([
            "jets": .airstrike, "jet": .airstrike, "warplanes": .airstrike, "warplane": .airstrike, "aircraft": .airstrike,
            "planes": .airstrike, "plane": .airstrike, "bombers": .airstrike, "helicopters": .airstrike, "gunships": .airstrike,
            "drones": .droneStrike, "drone": .droneStrike, "uavs": .droneStrike, "uav": .droneStrike,
            "howitzers": .artillery, "mortars": .artillery, "artillery": .artillery, "missile": .missile, "missiles": .missile,
            "helicopter": .airstrike, "shells": .artillery, "shell": .artillery, "rounds": .artillery, "projectiles": .artillery,
            "rockets": .artillery, "rocket": .artillery, "bombs": .airstrike,
            "quadcopter": .droneStrike, "quadcopters": .droneStrike, "shahed": .droneStrike, "shaheds": .droneStrike,
            "lancet": .droneStrike, "himars": .missile, "mlrs": .artillery, "howitzer": .artillery, "grads": .artillery,
            "kab": .airstrike, "kabs": .airstrike, "geran": .droneStrike, "gerans": .droneStrike,
            "iskander": .missile, "iskanders": .missile, "kalibr": .missile, "kalibrs": .missile, "smerch": .artillery,
            "uragan": .artillery, "lancets": .droneStrike, "atgm": .missile,
        ])
        ammunition = r.set(["shells", "shell", "rounds", "projectiles", "rockets", "rocket", "mortars", "bombs", "missiles", "missile"])
        impactVerbs = r.set(["fell", "landed", "hit", "struck", "slammed", "rained", "impacted", "exploded", "hitting", "landing",
                             "falling", "targeted", "pounded"])
        harmVerbs = r.set(["damaged", "killed", "injured", "wounded"])
        hittingVerbs = r.set(["struck", "hit", "pounded", "targeted", "bombarded", "attacked", "raided", "hammered", "strafed",
                              "shelled", "bombed", "strike", "strikes", "hits", "pound", "pounds", "fell", "landed", "rained",
                              "slammed", "impacted"])
        pairFirstWords = r.set(["air", "drone", "drones", "uav", "missile", "missiles", "rocket", "rockets", "artillery", "mortar",
                                "aerial", "tank"])
        attackNouns = r.set(["strike", "strikes", "raid", "raids", "attack", "attacks", "assault", "assaults", "bombardment",
                             "fire", "barrage", "barrages", "rounds", "shells", "shelling", "bombing", "bombings", "bombardments"])
        ammunitionNouns = r.set(["rounds", "shells"])
        useVerbs = r.set(["fired", "fell", "landed", "hit", "struck", "launched", "rained", "targeted", "slammed", "impacted",
                          "exploded", "shelled", "pounded", "killed", "killing", "wounded", "injuring", "injured", "fire", "firing", "dropped"])
        bombFirstWords = r.set(["barrel", "dropped", "cluster", "incendiary", "glide", "guided", "aerial", "unguided", "thermobaric"])
        bombWords = r.set(["bomb", "bombs", "munitions"])
        launchVerbs = r.set(["fired", "fires", "firing", "launched", "launches", "launching", "dropped", "drops", "dropping"])
        // (Kh-101 and Su-34 are split at the hyphen; the word "missiles" or "bombs" after them is what counts.)
        launchedWeapons = r.map([
            "rockets": .artillery, "rocket": .artillery, "missiles": .missile, "missile": .missile, "mortar": .artillery,
            "mortars": .artillery, "shells": .artillery, "shell": .artillery, "rounds": .artillery, "projectiles": .artillery,
            "bombs": .airstrike, "bomb": .airstrike, "explosives": .strike, "explosive": .strike, "munitions": .strike,
            "munition": .strike, "himars": .missile, "grad": .artillery, "grads": .artillery, "smerch": .artillery,
            "uragan": .artillery, "mlrs": .artillery, "iskander": .missile, "iskanders": .missile, "kalibr": .missile,
            "kalibrs": .missile, "kab": .airstrike, "kabs": .airstrike, "shahed": .droneStrike, "shaheds": .droneStrike,
            "geran": .droneStrike, "lancet": .droneStrike, "lancets": .droneStrike, "hellfire": .missile, "hellfires": .missile,
            "atgm": .missile, "atgms": .missile, "drones": .droneStrike, "uavs": .droneStrike, "quadcopters": .droneStrike,
            "grenade": .strike, "grenades": .strike,
        ])
        attackers = r.set(["forces", "force", "troops", "army", "military", "aviation", "navy"])
        attackerVerbs = r.set(["struck", "hit", "pounded", "strafed", "hits", "strikes"])
        firedTowards = r.set(["at", "toward", "towards", "against", "targeting"])
        fireVerbs = r.set(["fired", "shot"])
        launchStops = r.union(firedTowards, r.set([";", ".", "on"]))
        instrumentDeterminers = r.set(["a", "an", "the", "two", "three", "several"])
        hedges = r.set(["were", "was", "are", "is", "been", "reported", "reportedly", "allegedly", "said", "believed", "thought",
                        "to", "have", "has", "had", "also", "again", "then", "later", "apparently", "purportedly", "likely"])
        airForceVerbs = r.set(["destroyed", "targeted", "attacked", "bombed", "raided"])
        firstWords = r.union(pairFirstWords, r.set(weaponSubjects.words), r.set(single.words), bombFirstWords, launchVerbs, attackers)
        militaryCues = r.set(["coalition", "campaign", "bombing", "airstrikes", "strikes", "warplanes", "aircraft",
                              "drone", "drones", "shelling", "pentagon", "raids", "bombardment", "strike", "airstrike"])
        modifiableHeads = r.set(["strike", "strikes", "bombing", "air", "airstrike", "airstrikes", "raid", "artillery", "fire",
                                 "rocket", "rockets", "mortar", "missile", "missiles"])
        modifiedNouns = r.set([
            "assessments", "assessment", "areas", "area", "aircraft", "package", "packages", "group", "groups", "force",
            "forces", "fighter", "fighters", "mission", "capability", "capabilities", "campaign", "data", "planners",
            "planning", "cell", "team", "zone", "zones", "eagle", "ship", "ships", "action", "actions", "committee",
            "teams", "crew", "crews", "position", "positions", "launcher", "launchers", "site", "sites", "cache", "caches",
            "piece", "pieces", "point", "points", "system", "systems", "unit", "units", "rail", "rails",
        ])
        figurative = r.set(["hunger", "general", "labor", "labour", "workers", "teachers", "lucky", "preemptive-threat", "first-strike",
                            "nurses", "doctors", "rail", "railway", "miners", "postal", "transport", "dock", "union", "wildcat",
                            "nationwide", "student", "students", "staff", "taxi", "truckers", "warning", "token", "sit-in",
                            "lightning", "bowling", "ied", "ieds", "vbied", "vbieds", "landmine", "mine", "tax"])
        terrorBombing = r.set(["suicide", "car", "truck", "roadside", "terrorist", "terror", "marathon", "nail", "pipe", "parcel",
                               "letter", "bus", "vehicle", "ied", "bicycle", "motorcycle", "tanker"])
        nonMilitaryObjects = r.set(["deal", "deals", "agreement", "balance", "chord", "note", "pose", "compromise", "bargain",
                                    "accord", "tone", "gold", "oil", "fear", "blow", "match", "matches", "out", "up"])
        labourAgents = r.set(["workers", "employees", "staff", "teachers", "unions", "union", "nurses", "drivers", "doctors", "miners"])
        interception = r.set(["intercepted", "intercept", "intercepts", "intercepting", "interception", "interceptions",
                              "interceptor", "interceptors", "downed", "shot"])
        groundRaiders = r.set(["police", "commando", "commandos", "ground", "special", "troops", "security", "soldiers", "dawn",
                               "house", "sas", "seals", "counterterrorism", "counter-terrorism", "anti-terror", "search", "night",
                               "immigration", "fbi", "drug", "customs", "officers", "agents", "arrested", "arrest", "arrests",
                               "detained", "detain", "raided"])
        groundViolence = r.set(["ied", "ieds", "vbied", "bomber", "bombers", "gunmen", "gunman", "shot", "shooting", "shootings",
                                "ambush", "ambushed", "suicide", "landmine", "landmines", "mine", "stabbing", "stabbed", "clashes",
                                "executed", "execution", "beheaded", "kidnapped", "car", "grenade"])
        irrealis = r.set([
            "not", "no", "never", "n't", "without", "threatened", "threatens", "threaten", "threat", "threats", "plan",
            "plans", "planned", "planning", "would", "could", "might", "may", "will", "if", "intend", "intends",
            "prepare", "prepares", "preparing", "ready", "considering", "consider", "option", "options", "possible",
            "possibility", "potential", "vowed", "vows", "warned", "warns", "urged", "halt",
            "halted", "suspend", "suspended", "stop", "stopped", "ceasefire", "ban", "avoid",
        ])
        weaponNameTails = r.set(["loitering", "munition", "munitions", "cruise", "ballistic", "guided", "kamikaze", "attack", "drone",
                                 "drones", "missile", "missiles"])
        ownerWords = r.set(["of", "from", "belonging"])
        ownerPhraseWords = r.set(["the", "a", "an", "led", "backed", "allied", "pro"])
        protests = r.set(["protest", "protests", "protested", "protesting", "protester", "protesters", "protestors",
                          "demonstration", "demonstrations", "demonstrators", "demonstrated", "rally", "rallies", "rallied",
                          "vigil", "vigils", "commemorate", "commemorated", "commemorating", "commemoration", "mourners",
                          "mourned", "funeral", "march", "marched", "sit-in", "petition", "memorial", "anniversary"])
        protestedCues = r.set(["against", "over", "about", "condemning", "condemn", "condemned", "denouncing", "denounce",
                               "denounced", "earlier", "previous", "recent", "past", "last", "victims", "commemorate",
                               "commemorating", "mark", "marking", "anniversary", "protest", "remember", "remembering"])
        targetVerbs = r.set(["suppressed", "suppress", "suppressing", "struck", "destroyed", "destroying", "targeted", "targeting",
                             "damaged", "damaging", "neutralized", "neutralised"])
        engagedObjects = r.set(["isil", "isis", "daesh", "targets", "target", "fighters", "militants"])
        weaponUseBefore = r.set(["with", "fired", "launched", "by", "and", "of"])
        weaponUseAfter = r.set(["fire", "hit", "struck", "shelling"])
    }
}
