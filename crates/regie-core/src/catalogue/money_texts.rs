//! The texts of the money section (Geld, see docs/money.md), in their own table so the first
//! screen does not carry them. Dutch B1 first, English second; `{}` marks a value.

use super::{fill_in, Lang};

text_part! {
    /// A text of the money section: its lists, forms, month overview, schuldenoverzicht and
    /// the start screen's warnings about money.
    MoneyText {
        Intro =>
        "Wat er binnenkomt, wat er vast af gaat, je schulden en je betalingsregelingen. Typ bedragen zoals op de brief, bijvoorbeeld 1.234,56.";
        Income => "Inkomen";
        IncomeEmpty => "Schrijf hier op welk geld je krijgt. Bijvoorbeeld loon, uitkering of toeslag.";
        IncomeAdd => "Inkomen toevoegen";
        Costs => "Vaste lasten";
        CostsEmpty => "Schrijf hier op wat je elke keer moet betalen. Bijvoorbeeld huur, energie of zorgverzekering.";
        CostAdd => "Vaste last toevoegen";
        Debts => "Schulden";
        DebtsEmpty => "Schrijf hier op aan wie je geld moet betalen. Zo heb je alles op een rij.";
        DebtAdd => "Schuld toevoegen";
        Arrangements => "Betalingsregelingen";
        ArrangementsEmpty => "Betaal je een schuld elke maand een beetje af? Schrijf die regeling hier op.";
        ArrangementAdd => "Regeling toevoegen";
        LabelIncomeWhat => "Van wie of waarvoor krijg je het?";
        LabelCostWhat => "Waarvoor betaal je?";
        LabelAmount => "Bedrag";
        LabelHowOften => "Hoe vaak";
        LabelCreditor => "Schuldeiser";
        CreditorHint => "Aan wie moet je het betalen?";
        LabelReference => "Kenmerk";
        ReferenceHint => "Het nummer op de brief, zoals dossiernummer of factuurnummer.";
        LabelOriginal => "Bedrag bij de start";
        LabelCurrent => "Bedrag nu";
        LabelDocument => "Brief of document";
        NoDocument => "Geen";
        LabelDebt => "Voor welke schuld";
        NoDebt => "Geen schuld uit de lijst";
        LabelMonthly => "Bedrag per maand";
        LabelNextPayment => "Volgende betaling";
        LabelEnds => "Laatste betaling";
        FreqWeek => "per week";
        FreqFourWeeks => "per 4 weken";
        FreqMonth => "per maand";
        FreqQuarter => "per kwartaal";
        FreqYear => "per jaar";
        DebtOpen => "Open";
        DebtArrangement => "Betalingsregeling";
        DebtBailiff => "Bij deurwaarder";
        DebtDebtHelp => "In schuldhulp";
        DebtPaidOff => "Afgelost";
        Overview => "Per maand";
        OverviewLeft => "Over om van te leven";
        OverviewShort => "Je komt elke maand geld tekort. Praat erover met je schuldhulp of wijkteam.";
        OverviewHow => "Regie rekent bedragen per week, 4 weken, kwartaal of jaar om naar een maand. Een jaar heeft 52 weken.";
        DebtsTotal => "Nog te betalen: {}";
        PaysDebt => "Voor: {}";
        ExportCsv => "Schuldenoverzicht downloaden (CSV)";
        Print => "Schuldenoverzicht printen";
        ExportHint => "Een hulpverlener kan het CSV-bestand openen in Excel. Dan hoeft niemand alles over te typen. Let op: het bestand en papier zijn niet versleuteld.";
        CsvFileName => "schuldenoverzicht.csv";
        CsvSaved => "Het schuldenoverzicht staat nu in Downloads, als {}.";
        PrintTitle => "Schuldenoverzicht";
        PrintFor => "Van: {}";
        PrintTotal => "Totaal";
        CsvCreditor => "schuldeiser";
        CsvReference => "kenmerk";
        CsvOriginal => "oorspronkelijk bedrag";
        CsvCurrent => "huidig bedrag";
        CsvSince => "sinds";
        CsvStatus => "status";
        CsvMonthly => "regeling per maand";
        AttentionPaymentDue => "Betaling van een regeling";
        AttentionBailiff => "Schuld bij de deurwaarder";
        AttentionBailiffWhen => "Vraag hulp, wacht niet";
        AttentionArrangementEnds => "Regeling stopt";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_the_amount_in() {
        assert_eq!(
            MoneyText::DebtsTotal.fill(Lang::Nl, &["€ 1.234,56"]),
            "Nog te betalen: € 1.234,56"
        );
    }
}
