//! The texts of the money section (Geld, see docs/money.md), in their own table so the first
//! screen does not carry them. Dutch B1 first, English second; `{}` marks a value.

use super::{fill_in, Lang};

text_part! {
    /// A text of the money section: its lists, forms, month overview, schuldenoverzicht and
    /// the start screen's warnings about money.
    MoneyText {
        Intro =>
        "Wat er binnenkomt, wat er vast af gaat, je schulden en je betalingsregelingen. Typ bedragen zoals op de brief, bijvoorbeeld 1.234,56.",
        "What comes in, what goes out every time, your debts and your payment arrangements. Type amounts as on the letter, for example 1,234.56.";
        Income => "Inkomen", "Income";
        IncomeEmpty => "Schrijf hier op welk geld je krijgt. Bijvoorbeeld loon, uitkering of toeslag.", "Write down here what money you get. For example wages, benefits or an allowance.";
        IncomeAdd => "Inkomen toevoegen", "Add income";
        Costs => "Vaste lasten", "Fixed costs";
        CostsEmpty => "Schrijf hier op wat je elke keer moet betalen. Bijvoorbeeld huur, energie of zorgverzekering.", "Write down here what you pay every time. For example rent, energy or health insurance.";
        CostAdd => "Vaste last toevoegen", "Add a fixed cost";
        Debts => "Schulden", "Debts";
        DebtsEmpty => "Schrijf hier op aan wie je geld moet betalen. Zo heb je alles op een rij.", "Write down here whom you owe money. Then you have everything in one place.";
        DebtAdd => "Schuld toevoegen", "Add a debt";
        Arrangements => "Betalingsregelingen", "Payment arrangements";
        ArrangementsEmpty => "Betaal je een schuld elke maand een beetje af? Schrijf die regeling hier op.", "Do you pay off a debt a little each month? Write that arrangement down here.";
        ArrangementAdd => "Regeling toevoegen", "Add an arrangement";
        LabelIncomeWhat => "Van wie of waarvoor krijg je het?", "Where does it come from?";
        LabelCostWhat => "Waarvoor betaal je?", "What do you pay for?";
        LabelAmount => "Bedrag", "Amount";
        LabelHowOften => "Hoe vaak", "How often";
        LabelCreditor => "Schuldeiser", "Creditor";
        CreditorHint => "Aan wie moet je het betalen?", "Whom do you have to pay?";
        LabelReference => "Kenmerk", "Reference";
        ReferenceHint => "Het nummer op de brief, zoals dossiernummer of factuurnummer.", "The number on the letter, such as a file or invoice number.";
        LabelOriginal => "Bedrag bij de start", "Amount at the start";
        LabelCurrent => "Bedrag nu", "Amount now";
        LabelDocument => "Brief of document", "Letter or document";
        NoDocument => "Geen", "None";
        LabelDebt => "Voor welke schuld", "For which debt";
        NoDebt => "Geen schuld uit de lijst", "No debt from the list";
        LabelMonthly => "Bedrag per maand", "Amount per month";
        LabelNextPayment => "Volgende betaling", "Next payment";
        LabelEnds => "Laatste betaling", "Last payment";
        FreqWeek => "per week", "a week";
        FreqFourWeeks => "per 4 weken", "every 4 weeks";
        FreqMonth => "per maand", "a month";
        FreqQuarter => "per kwartaal", "a quarter";
        FreqYear => "per jaar", "a year";
        DebtOpen => "Open", "Open";
        DebtArrangement => "Betalingsregeling", "Payment arrangement";
        DebtBailiff => "Bij deurwaarder", "With a bailiff";
        DebtDebtHelp => "In schuldhulp", "In debt help";
        DebtPaidOff => "Afgelost", "Paid off";
        Overview => "Per maand", "Per month";
        OverviewLeft => "Over om van te leven", "Left to live on";
        OverviewShort => "Je komt elke maand geld tekort. Praat erover met je schuldhulp of wijkteam.", "You are short of money every month. Talk about it with your debt help or neighbourhood team.";
        OverviewHow => "Bedragen per week, per 4 weken, per kwartaal of per jaar zijn omgerekend naar een maand. Een jaar heeft 52 weken.", "Amounts a week, every 4 weeks, a quarter or a year are worked out per month. A year has 52 weeks.";
        DebtsTotal => "Nog te betalen: {}", "Still owed: {}";
        PaysDebt => "Voor: {}", "For: {}";
        ExportCsv => "Schuldenoverzicht downloaden (CSV)", "Download the debt overview (CSV)";
        Print => "Schuldenoverzicht printen", "Print the debt overview";
        ExportHint => "Een hulpverlener kan het CSV-bestand openen in Excel. Dan hoeft niemand alles over te typen. Let op: het bestand en papier zijn niet versleuteld.", "A professional can open the CSV file in Excel. Then nobody has to type it all again. Note: the file and paper are not encrypted.";
        CsvFileName => "schuldenoverzicht.csv", "debt-overview.csv";
        CsvSaved => "Het schuldenoverzicht staat nu in Downloads, als {}.", "The debt overview is now in Downloads, as {}.";
        PrintTitle => "Schuldenoverzicht", "Debt overview";
        PrintFor => "Van: {}", "Of: {}";
        PrintTotal => "Totaal", "Total";
        CsvCreditor => "schuldeiser", "creditor";
        CsvReference => "kenmerk", "reference";
        CsvOriginal => "oorspronkelijk bedrag", "original amount";
        CsvCurrent => "huidig bedrag", "current amount";
        CsvSince => "sinds", "since";
        CsvStatus => "status", "status";
        CsvMonthly => "regeling per maand", "arrangement per month";
        AttentionPaymentDue => "Betaling van een regeling", "Payment of an arrangement";
        AttentionBailiff => "Schuld bij de deurwaarder", "Debt with a bailiff";
        AttentionBailiffWhen => "Vraag hulp, wacht niet", "Ask for help, do not wait";
        AttentionArrangementEnds => "Regeling stopt", "Arrangement ends";
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
