extension Place {
    /// Whether this town is the one its province is named after, spelt otherwise or not ("Deir ez-Zor" the
    /// city, "Dayr az Zawr" the governorate): in the province, with the province's consonants. A town
    /// that matched the text's name through an alternate name only ("Tamil Nadu" among Chennai's) is not.
    func isNamesake(of province: Place) -> Bool {
        guard province.kind == .province, kind == .populated, sharesProvince(with: province) else { return false }
        let mine = NameKey.exact(name), its = NameKey.exact(province.name)
        return mine == its || NameKey.skeleton(ofExact: mine).map { $0 == NameKey.skeleton(ofExact: its) } ?? false
    }
}
