//! What each level of the 2017 Zelfredzaamheid-Matrix means for each life domain, in the
//! client's own words (B1, first person), and the sentence under a domain of the earlier list.
//! A table of its own: only the score form and the viewer read it. Dutch; other languages
//! come from their files (see [`super::loaded`]).

use super::{fill_in, Lang};

text_part! {
    /// A level's meaning on a life domain, or the sentence under an earlier domain.
    LevelText {
        Finances1 =>
            "Ik heb geen inkomen, of mijn schulden worden steeds groter.";
        Finances2 =>
            "Ik heb te weinig geld of schulden. Ik geef meer uit dan ik heb.";
        Finances3 =>
            "Ik kan rondkomen, maar alleen met hulp. Bijvoorbeeld schuldhulp of budgetbeheer.";
        Finances4 =>
            "Ik kan rondkomen. Als ik schulden heb, betaal ik ze netjes af.";
        Finances5 =>
            "Ik heb genoeg geld en geen schulden, of alleen een lening die ik gewoon afbetaal.";
        WorkEducation1 =>
            "Ik heb geen werk en volg geen opleiding. Ik zoek ook niet.";
        WorkEducation2 =>
            "Ik heb geen werk of opleiding, maar ik zoek wel. Of ik ben vaak weg van werk of school.";
        WorkEducation3 =>
            "Ik doe vrijwilligerswerk, of ik werk of leer met hulp.";
        WorkEducation4 =>
            "Ik heb betaald werk of volg een opleiding. Soms is het moeilijk.";
        WorkEducation5 =>
            "Ik heb werk of een opleiding die goed bij mij past.";
        TimeUse1 =>
            "Ik heb geen dag- en nachtritme. Ik doe bijna niets overdag.";
        TimeUse2 =>
            "Ik doe weinig. Mijn ritme is vaak anders dan ik wil.";
        TimeUse3 =>
            "Ik doe wel dingen, maar niet genoeg. Met hulp houd ik een ritme.";
        TimeUse4 =>
            "Ik vul mijn dagen met dingen die ik fijn of nuttig vind.";
        TimeUse5 =>
            "Mijn dagen zijn goed gevuld. Ik ben tevreden over hoe ik mijn tijd gebruik.";
        Housing1 =>
            "Ik heb geen huis. Ik slaap buiten, bij de opvang of steeds ergens anders.";
        Housing2 =>
            "Mijn woning is onzeker of onveilig. Bijvoorbeeld: ik moet er misschien uit.";
        Housing3 =>
            "Ik woon veilig, maar alleen met hulp. Bijvoorbeeld begeleid wonen.";
        Housing4 =>
            "Ik woon veilig in een eigen huis. Soms zijn er kleine problemen.";
        Housing5 =>
            "Ik woon veilig en vast. Ik houd mijn huis zelf goed bij.";
        DomesticRelations1 =>
            "Er is geweld of mishandeling bij mij thuis.";
        DomesticRelations2 =>
            "Er is vaak ruzie of veel spanning thuis.";
        DomesticRelations3 =>
            "Er is soms spanning thuis, maar geen geweld. Met hulp gaat het.";
        DomesticRelations4 =>
            "Het gaat meestal goed thuis. Problemen lossen we zelf op.";
        DomesticRelations5 =>
            "We steunen elkaar thuis en praten goed met elkaar.";
        MentalHealth1 =>
            "Ik ben in crisis. Ik ben een gevaar voor mezelf of voor anderen.";
        MentalHealth2 =>
            "Ik heb ernstige klachten. Ik krijg geen hulp, of de hulp is niet genoeg.";
        MentalHealth3 =>
            "Ik heb klachten en krijg hulp. Veel dingen lukken minder goed.";
        MentalHealth4 =>
            "Ik heb soms wat klachten, maar ik kan mijn dingen goed doen.";
        MentalHealth5 =>
            "Ik voel me psychisch gezond.";
        PhysicalHealth1 =>
            "Ik heb nu dringend medische hulp nodig.";
        PhysicalHealth2 =>
            "Ik heb ernstige klachten en krijg geen behandeling.";
        PhysicalHealth3 =>
            "Ik heb klachten en krijg behandeling, maar de klachten beperken mij.";
        PhysicalHealth4 =>
            "Ik heb weinig klachten, of mijn ziekte is goed onder controle.";
        PhysicalHealth5 =>
            "Ik voel me lichamelijk gezond.";
        Addiction1 =>
            "Mijn gebruik van alcohol, drugs of gokken is heel ernstig. Het brengt mij of anderen in gevaar.";
        Addiction2 =>
            "Mijn gebruik geeft problemen, thuis, met geld of met werk. Ik krijg geen hulp.";
        Addiction3 =>
            "Mijn gebruik geeft problemen. Ik krijg er hulp voor.";
        Addiction4 =>
            "Ik gebruik soms, maar het geeft geen problemen. Of ik ben aan het herstellen.";
        Addiction5 =>
            "Ik gebruik niet, of zo weinig dat het nooit problemen geeft.";
        AdlActivities1 =>
            "Wassen, aankleden of eten lukt mij niet. Niemand helpt mij.";
        AdlActivities2 =>
            "Veel van mijn verzorging lukt niet, en ik krijg te weinig hulp.";
        AdlActivities3 =>
            "Voor mezelf zorgen lukt met hulp van anderen.";
        AdlActivities4 =>
            "Ik zorg zelf voor mezelf. Soms kost het moeite.";
        AdlActivities5 =>
            "Ik zorg zonder moeite helemaal zelf voor mezelf.";
        InstrumentalAdl1 =>
            "Huishouden, boodschappen en post lukken niet. Niemand helpt mij.";
        InstrumentalAdl2 =>
            "Veel van het huishouden, de boodschappen of de post blijft liggen. Ik krijg te weinig hulp.";
        InstrumentalAdl3 =>
            "Huishouden, boodschappen, post en vervoer lukken met hulp.";
        InstrumentalAdl4 =>
            "Ik doe het huishouden en regel mijn zaken zelf. Soms kost het moeite.";
        InstrumentalAdl5 =>
            "Ik doe het huishouden en regel mijn zaken zonder moeite zelf.";
        SocialNetwork1 =>
            "Ik heb niemand, of alleen mensen die slecht voor mij zijn.";
        SocialNetwork2 =>
            "Ik heb weinig mensen om me heen. Ze helpen mij niet echt.";
        SocialNetwork3 =>
            "Ik heb wat mensen om me heen die soms helpen.";
        SocialNetwork4 =>
            "Ik heb genoeg mensen die mij steunen, in mijn familie en daarbuiten.";
        SocialNetwork5 =>
            "Ik heb veel mensen om me heen. Ik kan altijd iemand om hulp vragen.";
        CommunityParticipation1 =>
            "Ik doe niet mee in de buurt of de samenleving. Ik weet niet waar ik hulp kan vinden.";
        CommunityParticipation2 =>
            "Ik doe bijna niet mee. Ik kom weinig buiten de deur.";
        CommunityParticipation3 =>
            "Ik doe een beetje mee, vaak met hulp.";
        CommunityParticipation4 =>
            "Ik doe mee, bijvoorbeeld bij een club of in de buurt. Soms kost het moeite.";
        CommunityParticipation5 =>
            "Ik doe volop mee en help soms ook anderen.";
        Justice1 =>
            "Ik zit vast, of ik word vaak opgepakt.";
        Justice2 =>
            "Ik ben kort geleden opgepakt, of er loopt een zaak tegen mij.";
        Justice3 =>
            "Ik heb een voorwaardelijke straf of toezicht van de reclassering.";
        Justice4 =>
            "Ik heb al een jaar niets met politie of justitie te maken gehad.";
        Justice5 =>
            "Ik heb niets met politie of justitie te maken.";
        EarlierClient =>
            "Dit leefgebied staat niet meer in de lijst. Je oude scores blijven bewaard. Een nieuwe score geef je bij {} of bij {}.";
        EarlierViewer =>
            "Leefgebied uit de matrix van vóór 2017 (nu {} en {}). Alleen eerdere scores.";
    }
}
