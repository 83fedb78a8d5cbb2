# Machine translation, not yet reviewed by a fluent speaker. English (en-GB) is the reference.

language-autonym = Polski
language-label = Język
language-switch-to = Przeczytaj tę stronę w języku: { $language }
translation-notice = Ta strona została przetłumaczona maszynowo i może zawierać błędy. Wersją źródłową jest wersja angielska.

## Site shell
site-name = Care Navigator
site-tagline = Opieka społeczna dla dorosłych w Anglii w prostych słowach
skip-link = Przejdź do treści głównej
nav-label = Główne sekcje
nav-home = Strona główna
nav-explainers = Jak działa opieka
nav-check = Uzyskaj pomoc
nav-estimate = Oszacuj koszty
nav-providers = Znajdź opiekę
search-label = Szukaj w serwisie
search-hint = Na przykład „opieka wytchnieniowa”, „opłaty za dom opieki” albo nazwa domu opieki
search-button = Szukaj
demo-banner-title = Dane demonstracyjne
demo-banner-text = Część informacji w tym serwisie została utworzona na potrzeby testów. Nie dotyczą one prawdziwych usług opiekuńczych ani prawdziwych osób.
footer-ogl = Zawiera informacje sektora publicznego udostępnione na licencji Open Government Licence v3.0.
footer-cqc = Informacje o usługach opiekuńczych pochodzą od Care Quality Commission (CQC) – urzędu, który sprawdza jakość opieki w Anglii.
footer-independent = Care Navigator to niezależny serwis. Firmy i placówki opiekuńcze nie płacą za to, aby znaleźć się na liście.
footer-about = O serwisie
footer-privacy = Prywatność i pliki cookie
footer-accessibility = Dostępność

## Home
home-title = Pomoc w sprawach opieki społecznej dla dorosłych w Anglii
home-lead = Dowiedz się, jak działa opieka, jaką pomoc możesz otrzymać, ile może to kosztować i gdzie znaleźć dobrą opiekę.
home-jobs-heading = Co chcesz zrobić?
job-understand-title = Dowiedz się, jak działa opieka
job-understand-text = Proste poradniki o opiece, o tym, kto za nią płaci, i o tym, co się zmieniło.
job-check-title = Sprawdź, jaką pomoc możesz otrzymać
job-check-text = Odpowiedz na kilka pytań i sprawdź, co lokalny samorząd (council) może zrobić dla Ciebie albo dla osoby, którą się opiekujesz.
job-estimate-title = Oszacuj koszty opieki
job-estimate-text = Zobacz, ile możesz płacić co tydzień za dom opieki lub opiekę w domu i przez jak długi czas.
job-find-title = Znajdź i porównaj opiekę
job-find-text = Szukaj domów opieki i usług opieki domowej według oceny jakości, odległości i opłat.
home-urgent-heading = Potrzebujesz pomocy jeszcze dziś?
home-urgent-danger = Jeśli komuś grozi niebezpieczeństwo, zadzwoń pod numer 999.
home-urgent-health = Jeśli potrzebujesz pilnej porady w sprawie zdrowia, zadzwoń pod numer NHS 111.
home-urgent-council = Aby poprosić o opiekę lub wsparcie, skontaktuj się z działem opieki społecznej dla dorosłych (adult social care) w lokalnym samorządzie (council).
home-reform-note = Ten serwis opiera się na przepisach, które obowiązują dziś w Anglii. Plan wprowadzenia górnego limitu kosztów opieki, ogłoszony w 2021 roku, został odwołany w lipcu 2024 roku.

## Sections still being built
section-explainers-title = Dowiedz się, jak działa opieka
section-explainers-summary = Proste poradniki o opiece społecznej dla dorosłych w Anglii: ocena potrzeb, opiekunowie, płacenie za opiekę, NHS i reformy.
section-check-title = Sprawdź, jaką pomoc możesz otrzymać
section-check-summary = Kilka krótkich pytań o Twoją sytuację. Na końcu dowiesz się, co zrobić dalej i jakie masz prawa. Znajdziesz tam też wzory listów, które możesz wysłać.
section-estimate-title = Oszacuj koszty opieki
section-estimate-summary = Oblicz, ile możesz płacić za dom opieki lub opiekę w domu po ocenie dochodów i majątku (means test), tydzień po tygodniu.
section-providers-title = Znajdź i porównaj opiekę
section-providers-summary = Szukaj domów opieki i usług opieki domowej w Anglii według oceny, odległości, specjalizacji i opłat.

## Search
search-page-title = Wyszukiwanie
search-results-count =
    { $count ->
        [one] 1 wynik dla „{ $query }”
        [few] { $count } wyniki dla „{ $query }”
        [many] { $count } wyników dla „{ $query }”
       *[other] { $count } wyniku dla „{ $query }”
    }
search-no-results = Nie znaleziono stron pasujących do „{ $query }”. Spróbuj użyć innych słów albo wpisz mniej słów.
search-empty = Wpisz słowo lub pytanie, na przykład „opieka wytchnieniowa” albo „opłaty za dom opieki”.
search-error = Wyszukiwarka jest teraz niedostępna. Spróbuj ponownie później.
search-loading = Wyszukiwanie…
search-kind-section = Sekcja
search-kind-explainer = Poradnik
search-kind-page = Strona

## About
about-title = O serwisie Care Navigator
about-summary = Kto prowadzi ten serwis, skąd pochodzą informacje i jak chronimy prywatność użytkowników.
about-purpose = Care Navigator w prostych słowach wyjaśnia, jak działa opieka społeczna dla dorosłych w Anglii. Pomaga też oszacować koszty oraz znaleźć i porównać usługi opiekuńcze.
about-data-heading = Skąd pochodzą informacje
about-data-text = Oceny i informacje o usługach opiekuńczych pochodzą od Care Quality Commission. Zasady płacenia za opiekę wynikają z przepisów prawa i z corocznych wytycznych rządu dla samorządów (councils). Przy każdej liczbie podajemy jej źródło i datę sprawdzenia.
about-privacy-heading = Prywatność i pliki cookie
about-privacy-text = Nie prosimy o imię i nazwisko ani dane kontaktowe i nie zapisujemy tego, co wpisujesz w kalkulatorze ani w przewodnikach. Twoje odpowiedzi zostają w adresie strony (adres internetowy u góry przeglądarki), więc tylko Ty możesz je komuś przekazać. Oznacza to też, że każdy, kto używa tego urządzenia, może je zobaczyć w historii: aby je usunąć, wyczyść historię przeglądania albo użyj okna prywatnego. Prosimy przeglądarki i inne pamięci podręczne, aby nie zachowywały tych stron ani wyszukiwań w pobliżu jakiegoś miejsca.
about-cookie-text = Jeśli wybierzesz język, zapiszemy jeden plik cookie o nazwie carenav_lang, aby zapamiętać ten wybór. Nie używamy plików cookie do śledzenia ani do reklam.
about-accessibility-heading = Dostępność
about-accessibility-text = Chcemy spełniać wymagania WCAG 2.2 (Web Content Accessibility Guidelines, czyli wytycznych dotyczących dostępności treści internetowych) na poziomie AA. Serwis działa bez JavaScriptu, na małych ekranach i z czytnikami ekranu. Jeśli coś nie działa, prosimy o informację.

## Explainers
# The link to a figure's source; its name holds the number it shows ($reference, such as 3 or 3*).
explainer-figure-ref-label = Przypis { $reference }: źródło tej liczby

## Errors
not-found-title = Nie znaleziono strony
not-found-text = Jeśli adres strony był wpisany ręcznie, sprawdź, czy jest poprawny. Jeśli był wklejony, sprawdź, czy został skopiowany w całości.
not-found-home = Przejdź do strony głównej
error-title = Przepraszamy, wystąpił problem z serwisem
error-text = Spróbuj ponownie później. Wpisane dane nie zostały zapisane.
busy-text = To trwa zbyt długo. Spróbuj ponownie za minutę. Wpisane dane nie zostały zapisane.

check-not-translated = Ta część serwisu nie jest jeszcze przetłumaczona, dlatego jest po angielsku.

## The navigator (/check): machine translation, not yet reviewed by a fluent speaker
## "council" = samorząd (council); "needs assessment" = ocena potrzeb; "carer's assessment" = ocena potrzeb opiekuna.
## Letters (nav-letter-*) stay in English on purpose: they are sent to an English council.

check-search-needs-title = Sprawdź, jaką pomoc możesz otrzymać: opieka i wsparcie
check-search-needs-summary = Pytania o to, co sprawia trudność w domu, a potem plan: ocena potrzeb (needs assessment), świadczenia takie jak Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym), koszty i list do samorządu (council).
check-search-caring-title = Sprawdź, jaką pomoc możesz otrzymać: jeśli opiekujesz się kimś
check-search-caring-summary = Pytania o to, jak się kimś opiekujesz, a potem plan: ocena potrzeb opiekuna (carer's assessment), Carer's Allowance (zasiłek dla opiekuna), przerwy w opiece, plan awaryjny i list do samorządu (council).
search-kind-tool = Pytania i plan
check-intro = Odpowiedz na kilka pytań, po jednym naraz. Na końcu dostaniesz plan: o co możesz poprosić zgodnie z prawem, co zrobić dalej i jakich listów możesz użyć. Zajmie to około 5 minut.
check-urgent-title = Jeśli komuś grozi teraz niebezpieczeństwo
check-urgent-999 = Jeśli komuś grozi niebezpieczeństwo albo ktoś jest ciężko ranny, zadzwoń pod numer 999.
check-urgent-safeguarding = Jeśli uważasz, że ktoś dorosły doznaje przemocy lub zaniedbania, zadzwoń do działu opieki społecznej dla dorosłych (adult social care) w lokalnym samorządzie (council) i poproś o ochronę tej osoby (safeguarding). Poza godzinami pracy zadzwoń pod numer alarmowy samorządu albo na policję pod numer 101.
check-urgent-come-back = Gdy wszyscy będą bezpieczni, możesz tu wrócić i sprawdzić, jaką pomoc ta osoba może otrzymać.
check-urgent-come-back-link = Sprawdź, jaką pomoc ta osoba może otrzymać
check-back = Wstecz
check-continue = Dalej
check-or = lub
check-error-prefix = Błąd
check-error-summary = Wystąpił problem
check-answers-so-far = Twoje dotychczasowe odpowiedzi
check-answers = Twoje odpowiedzi
check-change = Zmień
check-privacy = Nie zapisujemy Twoich odpowiedzi. Są tylko w adresie tej strony, więc możesz dodać ją do zakładek albo komuś przekazać. Każdy, kto korzysta z tego urządzenia, może je zobaczyć w historii przeglądarki.
check-plan-title = Twój plan
check-plan-lead = O co możesz poprosić zgodnie z prawem, co zrobić dalej i jakich listów możesz użyć.
check-plan-lead-no-letters = O co możesz poprosić zgodnie z prawem i co zrobić dalej.
check-plan-date = Kwoty są aktualne na dzień { $date }.
check-plan-asks = O co możesz poprosić i dlaczego
check-plan-steps = Co zrobić dalej
check-plan-letters = Listy, które możesz wysłać
check-plan-letters-lead = Każdy list powstaje na podstawie Twoich odpowiedzi. Uzupełnij miejsca w [nawiasach kwadratowych]. Nie wysyłamy listu i nie zachowujemy jego kopii.
check-plan-undecided = Czego nie mogliśmy ustalić
check-plan-undecided-lead = Nie możemy zdecydować, jaką pomoc ktoś dostanie. Może o tym zdecydować tylko samorząd (council), po ocenie potrzeb. O świadczeniach może zdecydować tylko Department for Work and Pensions (DWP, ministerstwo pracy i emerytur).
check-undecided-unverified = Niektórych tegorocznych kwot nie sprawdziliśmy jeszcze w oficjalnym źródle. Są one oznaczone na tej stronie.
check-plan-sources = Źródła
check-why = Dlaczego to się tu pojawia. Twoje odpowiedzi:
check-law = Prawo i wytyczne:
check-unconfirmed = jeszcze niesprawdzone w oficjalnym źródle
check-amount-unknown = brak danych
check-tool-estimate = Oszacuj, ile może kosztować opieka
check-tool-providers = Znajdź usługi opiekuńcze
check-tool-emergency_plan = Wydrukuj pusty plan awaryjny
check-share = Zachowaj ten plan albo przekaż go komuś
check-share-label = Adres tego planu (zawiera Twoje odpowiedzi)
check-copy-link = Kopiuj link
check-print = Drukuj
check-copied = Skopiowano
check-start-again = Zacznij od nowa
check-disclaimer = Ten plan zawiera ogólne informacje o prawie w Anglii. Nie jest poradą prawną.
check-letter-back = Wróć do planu
check-letter-lead = Zanim wyślesz list, uzupełnij miejsca w [nawiasach kwadratowych]. Możesz wysłać go e-mailem albo pocztą albo przeczytać go przez telefon.
check-letter-label = List
check-letter-copy = Kopiuj list
check-letter-download = Pobierz jako plik tekstowy
check-letter-privacy = Nie wysyłamy tego listu i nie zachowujemy jego kopii.
check-ep-back = Wróć do pytań
check-ep-print = Aby wydrukować, użyj przycisku Drukuj w przeglądarce (albo naciśnij Ctrl i P).

nav-q-for = Dla kogo jest ta pomoc?
nav-e-for = Wybierz, dla kogo jest ta pomoc
nav-o-for-me = Dla mnie
nav-o-for-someone_else = Dla osoby, której pomagam lub którą się opiekuję
nav-o-for-adviser = Jestem doradcą i pomagam osobie, która do mnie dzwoni

nav-q-situation = Co się dzieje?
nav-e-situation = Wybierz, co się dzieje
nav-o-situation-needs_help = Potrzebna jest pomoc w domu albo potrzeby się zmieniły
nav-o-situation-caring = { $who ->
        [you] Opiekuję się kimś
       *[they] Ta osoba opiekuje się kimś (jest opiekunem)
    }
nav-o-situation-hospital = Wyjście ze szpitala
nav-o-situation-paying = Płacenie za dom opieki
nav-o-situation-problem = Coś poszło nie tak z opieką
nav-o-situation-urgent = Komuś grozi teraz niebezpieczeństwo

nav-o-yes = Tak
nav-o-no = Nie
nav-o-not_sure = Nie wiem
nav-o-none = Żadne z powyższych

nav-e-impairment = Wybierz: tak, nie albo nie wiem

nav-e-unable = Wybierz co najmniej jedną odpowiedź albo „Żadne z powyższych”
nav-o-unable-nutrition = Zdobyć jedzenie i picie oraz jeść i pić wystarczająco dużo
nav-o-unable-hygiene = { $who ->
        [you] Myć się i prać swoje ubrania
       *[they] Myć się i prać swoje ubrania
    }
nav-o-unable-toilet = Korzystać z toalety i panować nad pęcherzem i jelitami
nav-o-unable-dressing = Ubrać się w rzeczy odpowiednie do pogody i do danego dnia
nav-o-unable-home_safety = Bezpiecznie poruszać się po domu, także wchodzić do niego i z niego wychodzić
nav-o-unable-habitable_home = Utrzymać dom w czystości, cieple i na tyle bezpieczny, by dało się w nim mieszkać
nav-o-unable-relationships = Spotykać się z rodziną i przyjaciółmi oraz utrzymywać z nimi kontakt
nav-o-unable-work_learning = Pracować, szkolić się, uczyć się albo robić wolontariat
nav-o-unable-community = Wychodzić do sklepów, punktów usług i na zajęcia, w tym korzystać z transportu
nav-o-unable-child_care = { $who ->
        [you] Opiekować się dzieckiem, za które odpowiadasz
       *[they] Opiekować się dzieckiem, za które ta osoba odpowiada
    }

nav-e-wellbeing = Wybierz: tak, nie albo nie wiem

nav-e-caring_hours = Wpisz liczbę godzin od 0 do 168, na przykład 35

nav-h-carer_unable = { $who ->
        [you] Zaznacz wszystko, co pasuje. Licz też to, co możesz zrobić tylko z pomocą, z dużym bólem, zmartwieniem lub zdenerwowaniem albo narażając siebie lub kogoś innego.
       *[they] Zaznacz wszystko, co pasuje. Licz też to, co opiekun może zrobić tylko z pomocą, z dużym bólem, zmartwieniem lub zdenerwowaniem albo narażając siebie lub kogoś innego.
    }
nav-e-carer_unable = Wybierz co najmniej jedną odpowiedź albo „Żadne z powyższych”
nav-o-carer_unable-child_care = Opiekować się dzieckiem
nav-o-carer_unable-caring_for_others = Opiekować się kimś innym, kto potrzebuje opieki
nav-o-carer_unable-habitable_home = Utrzymać dom w czystości, cieple i bezpieczeństwie
nav-o-carer_unable-nutrition = Dobrze się odżywiać
nav-o-carer_unable-relationships = Spotykać się z rodziną i przyjaciółmi
nav-o-carer_unable-work_learning = Pracować, szkolić się, uczyć się albo robić wolontariat
nav-o-carer_unable-community = Korzystać ze sklepów, usług i zajęć
nav-o-carer_unable-recreation = Mieć czas na odpoczynek albo na hobby i przyjaciół

nav-e-carer_health = Wybierz: tak albo nie

nav-e-carer_wellbeing = Wybierz: tak albo nie

nav-h-cared_for_benefit = Zaznacz wszystko, co pasuje.
nav-e-cared_for_benefit = Wybierz co najmniej jedną odpowiedź, „Żadne z powyższych” albo „Nie wiem”
nav-o-benefit-attendance_allowance = Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym)
nav-o-benefit-pip_daily_living = Personal Independence Payment (PIP, świadczenie dla osób z chorobą lub niepełnosprawnością): część na codzienne życie (daily living)
nav-o-benefit-dla_care_middle_or_high = Disability Living Allowance (DLA, zasiłek z powodu niepełnosprawności): część na opiekę (care), stawka średnia lub najwyższa
nav-o-benefit-constant_attendance_allowance = Constant Attendance Allowance (dodatek na stałą opiekę): w pełnej stawce dziennej lub wyższej
nav-o-benefit-afip = Armed Forces Independence Payment (świadczenie dla osób poszkodowanych w służbie w siłach zbrojnych)
nav-o-benefit-adult_disability_payment = Adult Disability Payment (świadczenie dla dorosłych z niepełnosprawnością w Szkocji): część na codzienne życie (daily living)
nav-o-benefit-pension_age_disability_payment = Pension Age Disability Payment (świadczenie dla osób w wieku emerytalnym z niepełnosprawnością, Szkocja)
nav-o-benefit-child_disability_payment_care = Child Disability Payment (świadczenie dla dzieci z niepełnosprawnością): część na opiekę (care), stawka średnia lub najwyższa; Szkocja

nav-e-carer_earnings = Wpisz kwotę w funtach, na przykład 150

nav-h-full_time_education = Chodzi o naukę przez co najmniej 21 godzin tygodniowo.
nav-e-full_time_education = Wybierz: tak albo nie

nav-outcome-urgent_help = Uzyskaj pomoc teraz
nav-outcome-needs_assessment_right = Możesz poprosić samorząd (council) o ocenę potrzeb (needs assessment)
nav-outcome-needs_likely_eligible = Potrzeby prawdopodobnie spełniają krajowe kryteria
nav-outcome-needs_may_be_eligible = Potrzeby mogą spełniać krajowe kryteria
nav-outcome-needs_unlikely_eligible = Potrzeby mogą nie spełniać krajowych kryteriów, ale i tak możesz poprosić o ocenę potrzeb
nav-outcome-carers_assessment_right = Możesz poprosić samorząd (council) o ocenę potrzeb opiekuna (carer's assessment)
nav-outcome-carer_likely_eligible = { $who ->
        [you] Z Twoich odpowiedzi wynika, że Twoje potrzeby jako opiekuna prawdopodobnie spełniają krajowe kryteria
       *[they] Z Twoich odpowiedzi wynika, że potrzeby opiekuna prawdopodobnie spełniają krajowe kryteria
    }
nav-outcome-carers_allowance_likely = { $who ->
        [you] Możesz mieć szansę na Carer's Allowance (zasiłek dla opiekuna)
       *[they] Opiekun może mieć szansę na Carer's Allowance (zasiłek dla opiekuna)
    }
nav-outcome-carers_allowance_earnings_over_limit = { $who ->
        [you] Twoje zarobki mogą przekraczać limit dla Carer's Allowance (zasiłku dla opiekuna): sprawdź je
       *[they] Zarobki opiekuna mogą przekraczać limit dla Carer's Allowance (zasiłku dla opiekuna): sprawdź je
    }
nav-outcome-carers_allowance_needs_qualifying_benefit = { $who ->
        [you] Aby dostać Carer's Allowance (zasiłek dla opiekuna), osoba, którą się opiekujesz, musi otrzymywać określone świadczenia
       *[they] Aby dostać Carer's Allowance (zasiłek dla opiekuna), osoba pod opieką musi otrzymywać określone świadczenia
    }

## A. Questions, hints and errors that fit who is answering ($who: you / they; on the carer path "they" is the carer).

nav-q-impairment = { $who ->
        [you] Czy Twoje potrzeby wynikają z choroby, niepełnosprawności lub innego problemu ze zdrowiem?
       *[they] Czy potrzeby tej osoby wynikają z choroby, niepełnosprawności lub innego problemu ze zdrowiem?
    }

nav-h-impairment = { $who ->
        [you] Liczy się Twoje zdrowie fizyczne i psychiczne, problemy z pamięcią, na przykład demencja, a także niepełnosprawność intelektualna.
       *[they] Liczy się zdrowie fizyczne i psychiczne tej osoby, problemy z pamięcią, na przykład demencja, a także niepełnosprawność intelektualna.
    }

nav-q-unable = { $who ->
        [you] Czego z tej listy nie możesz robić albo możesz robić tylko z trudem?
       *[they] Czego z tej listy ta osoba nie może robić albo może robić tylko z trudem?
    }

nav-h-unable = { $who ->
        [you] Zaznacz wszystko, co pasuje. Licz też to, co możesz robić tylko z pomocą, z dużym bólem, zmartwieniem lub zdenerwowaniem, narażając siebie lub innych albo dużo wolniej niż większość ludzi.
       *[they] Zaznacz wszystko, co pasuje. Licz też to, co ta osoba może robić tylko z pomocą, z dużym bólem, zmartwieniem lub zdenerwowaniem, narażając siebie lub innych albo dużo wolniej niż większość ludzi.
    }

nav-q-wellbeing = { $who ->
        [you] Czy te trudności mają duży wpływ na Twoje życie lub samopoczucie albo czy prawdopodobnie będą go mieć?
       *[they] Czy te trudności mają duży wpływ na życie lub samopoczucie tej osoby albo czy prawdopodobnie będą go mieć?
    }

nav-h-wellbeing = { $who ->
        [you] Na przykład na Twoje zdrowie, bezpieczeństwo, godność, na to, jak się czujesz, albo na to, czy masz wpływ na swój dzień.
       *[they] Na przykład na zdrowie, bezpieczeństwo i godność tej osoby, na to, jak się czuje, albo na to, czy ma wpływ na swój dzień.
    }

nav-q-age = { $path ->
        [caring] { $who ->
            [you] Ile masz lat?
           *[they] Ile lat ma opiekun?
        }
       *[other] { $who ->
            [you] Ile masz lat?
           *[they] Ile lat ma ta osoba?
        }
    }

nav-h-age = { $path ->
        [caring] { $who ->
            [you] Twój własny wiek, a nie wiek osoby, którą się opiekujesz.
           *[they] Wiek opiekuna, a nie wiek osoby, którą się opiekuje.
        }
       *[other] Wiek w pełnych latach.
    }

nav-e-age = { $who ->
        [you] Wpisz swój wiek w latach, na przykład 78
       *[they] Wpisz wiek tej osoby w latach, na przykład 78
    }

nav-q-caring_hours = { $who ->
        [you] Ile mniej więcej godzin tygodniowo poświęcasz na opiekę?
       *[they] Ile mniej więcej godzin tygodniowo opiekun poświęca na opiekę?
    }

nav-h-caring_hours = { $who ->
        [you] Licz wszystko: pomoc przy myciu, posiłkach, lekach i wizytach, a także dotrzymywanie towarzystwa osobie, którą się opiekujesz, i dbanie o jej bezpieczeństwo. Jeśli opiekujesz się więcej niż jedną osobą, podaj godziny dla tej, której poświęcasz najwięcej czasu.
       *[they] Licz wszystko: pomoc przy myciu, posiłkach, lekach i wizytach, a także dotrzymywanie towarzystwa osobie pod opieką i dbanie o jej bezpieczeństwo. Jeśli opiekun zajmuje się więcej niż jedną osobą, podaj godziny dla tej, której poświęca najwięcej czasu.
    }

nav-q-carer_unable = { $who ->
        [you] Czego z powodu opieki nie możesz robić albo możesz robić tylko z trudem?
       *[they] Czego z powodu opieki opiekun nie może robić albo może robić tylko z trudem?
    }

nav-q-carer_health = { $who ->
        [you] Czy opieka pogarsza Twoje zdrowie albo stanowi dla niego zagrożenie?
       *[they] Czy opieka pogarsza zdrowie opiekuna albo stanowi dla niego zagrożenie?
    }

nav-q-carer_wellbeing = { $who ->
        [you] Czy opieka ma duży wpływ na Twoje życie lub samopoczucie albo czy prawdopodobnie będzie go mieć?
       *[they] Czy opieka ma duży wpływ na życie lub samopoczucie opiekuna albo czy prawdopodobnie będzie go mieć?
    }

nav-q-cared_for_benefit = { $who ->
        [you] Czy osoba, którą się opiekujesz, dostaje któreś z tych świadczeń?
       *[they] Czy osoba pod opieką dostaje któreś z tych świadczeń?
    }

nav-q-carer_earnings = { $who ->
        [you] Ile zarabiasz tygodniowo po odliczeniu podatku i składek National Insurance (na ubezpieczenie społeczne)?
       *[they] Ile opiekun zarabia tygodniowo po odliczeniu podatku i składek National Insurance (na ubezpieczenie społeczne)?
    }

nav-h-carer_earnings = { $who ->
        [you] Jeśli nie pracujesz, wpisz 0.
       *[they] Jeśli opiekun nie pracuje, wpisz 0.
    }

nav-q-full_time_education = { $who ->
        [you] Czy uczysz się w pełnym wymiarze godzin (full-time education)?
       *[they] Czy opiekun uczy się w pełnym wymiarze godzin (full-time education)?
    }

nav-q-setting = { $who ->
        [you] Gdzie teraz mieszkasz?
       *[they] Gdzie teraz mieszka ta osoba?
    }

nav-e-setting = { $who ->
        [you] Wybierz, gdzie teraz mieszkasz
       *[they] Wybierz, gdzie teraz mieszka ta osoba
    }

nav-o-setting-home = { $who ->
        [you] W domu (własnym albo u kogoś z rodziny)
       *[they] W domu (własnym albo u kogoś z rodziny)
    }

nav-o-setting-care_home = W domu opieki (care home)

## B. Outcome explanations, then titles. Never a certainty: "może", "prawdopodobnie".

nav-outcome-urgent_help-text = Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod numer 999. Jeśli uważasz, że ktoś dorosły doznaje przemocy lub zaniedbania, zadzwoń do działu opieki społecznej dla dorosłych (adult social care) w lokalnym samorządzie (council) i poproś o ochronę tej osoby (safeguarding). Poza godzinami pracy zadzwoń pod numer alarmowy samorządu albo na policję pod numer 101. Nie potrzebujesz dowodów, aby zgłosić swoje obawy.

nav-outcome-needs_assessment_right-text = { $who ->
        [you] Zgodnie z art. 9 (section 9) ustawy Care Act 2014 samorząd (council) musi ocenić potrzeby każdej dorosłej osoby, która może potrzebować opieki i wsparcia. Nie ma znaczenia, czy Twoje potrzeby są duże, czy małe. Nie ma znaczenia, ile masz pieniędzy. Ocena jest bezpłatna.
       *[they] Zgodnie z art. 9 (section 9) ustawy Care Act 2014 samorząd (council) musi ocenić potrzeby każdej dorosłej osoby, która może potrzebować opieki i wsparcia. Nie ma znaczenia, czy potrzeby tej osoby są duże, czy małe. Nie ma znaczenia, ile ma pieniędzy. Ocena jest bezpłatna. Możesz poprosić o ocenę dla tej osoby, jeśli się na to zgadza. Jeśli ta osoba nie może sama o tym zdecydować, też możesz poprosić.
    }

nav-outcome-needs_likely_eligible-text = { $who ->
        [you] Istnieją krajowe kryteria, od których zależy, kto dostaje pomoc. Potrzeby muszą wynikać z choroby, niepełnosprawności lub innego problemu ze zdrowiem. Przez nie nie możesz wykonywać co najmniej dwóch z dziesięciu codziennych czynności. Muszą też mieć duży wpływ na Twoje samopoczucie (wellbeing). Twoje odpowiedzi wydają się pasować do tych kryteriów. Ale zdecydować może tylko samorząd (council), po ocenie Twoich potrzeb.
       *[they] Istnieją krajowe kryteria, od których zależy, kto dostaje pomoc. Potrzeby muszą wynikać z choroby, niepełnosprawności lub innego problemu ze zdrowiem. Przez nie ta osoba nie może wykonywać co najmniej dwóch z dziesięciu codziennych czynności. Muszą też mieć duży wpływ na jej samopoczucie (wellbeing). Twoje odpowiedzi wydają się pasować do tych kryteriów. Ale zdecydować może tylko samorząd (council), po ocenie potrzeb tej osoby.
    }

nav-outcome-needs_may_be_eligible-text = Istnieją krajowe kryteria, od których zależy, kto dostaje pomoc. Potrzeby muszą wynikać z choroby, niepełnosprawności lub innego problemu ze zdrowiem. Przez nie dana osoba nie może wykonywać co najmniej dwóch z dziesięciu codziennych czynności. Muszą też mieć duży wpływ na jej samopoczucie (wellbeing). Niektóre Twoje odpowiedzi wydają się pasować do tych kryteriów, ale nie możemy być pewni co do wszystkich. Dlatego warto poprosić o ocenę potrzeb. Zdecydować może tylko samorząd (council).

nav-outcome-needs_unlikely_eligible-text = { $who ->
        [you] Z Twoich odpowiedzi wynika, że Twoje potrzeby mogą dziś nie spełniać krajowych kryteriów. Ale zgodnie z art. 9 (section 9) ustawy Care Act 2014 samorząd (council) i tak musi ocenić Twoje potrzeby, jeśli możesz potrzebować opieki i wsparcia. Jeśli uzna, że Twoje potrzeby nie spełniają kryteriów, musi na piśmie wyjaśnić Ci dlaczego i doradzić, gdzie szukać innej pomocy.
       *[they] Z Twoich odpowiedzi wynika, że potrzeby tej osoby mogą dziś nie spełniać krajowych kryteriów. Ale zgodnie z art. 9 (section 9) ustawy Care Act 2014 samorząd (council) i tak musi ocenić jej potrzeby, jeśli może ona potrzebować opieki i wsparcia. Jeśli uzna, że jej potrzeby nie spełniają kryteriów, musi na piśmie wyjaśnić jej dlaczego i doradzić, gdzie szukać innej pomocy.
    }

nav-outcome-attendance_allowance_consider-text = { $who ->
        [you] Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym) jest dla osób, które osiągnęły wiek emerytalny (State Pension age) i z powodu choroby lub niepełnosprawności potrzebują pomocy przy czynnościach osobistych albo nadzoru innej osoby. Twoje dochody i oszczędności nie mają znaczenia. Niższa stawka tygodniowa: { $attendance_allowance_lower }. Wyższa stawka tygodniowa: { $attendance_allowance_higher }.
       *[they] Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym) jest dla osób, które osiągnęły wiek emerytalny (State Pension age) i z powodu choroby lub niepełnosprawności potrzebują pomocy przy czynnościach osobistych albo nadzoru innej osoby. Dochody i oszczędności tej osoby nie mają znaczenia. Niższa stawka tygodniowa: { $attendance_allowance_lower }. Wyższa stawka tygodniowa: { $attendance_allowance_higher }.
    }

nav-outcome-pip_consider-text = { $who ->
        [you] Personal Independence Payment (PIP, świadczenie dla osób z chorobą lub niepełnosprawnością) jest dla osób w wieku co najmniej 16 lat, które nie osiągnęły jeszcze wieku emerytalnego (State Pension age) i potrzebują pomocy z powodu choroby lub niepełnosprawności. Część na codzienne życie (daily living) dotyczy pomocy w codziennych czynnościach. Nie sprawdzamy tu PIP, ale na stronie GOV.UK dowiesz się, jak złożyć wniosek.
       *[they] Personal Independence Payment (PIP, świadczenie dla osób z chorobą lub niepełnosprawnością) jest dla osób w wieku co najmniej 16 lat, które nie osiągnęły jeszcze wieku emerytalnego (State Pension age) i potrzebują pomocy z powodu choroby lub niepełnosprawności. Część na codzienne życie (daily living) dotyczy pomocy w codziennych czynnościach. Nie sprawdzamy tu PIP, ale na stronie GOV.UK dowiesz się, jak ta osoba może złożyć wniosek.
    }

nav-outcome-state_pension_age_check-text = { $who ->
        [you] Wiek emerytalny (State Pension age) rośnie, a dokładny wiek zależy od Twojej daty urodzenia. Zgodnie z art. 26 (section 26) ustawy Pensions Act 2014 rośnie on w latach 2026–2028. To ważne, bo od tego zależy, o jakie świadczenia możesz się ubiegać, więc sprawdź go na stronie GOV.UK.
       *[they] Wiek emerytalny (State Pension age) rośnie, a dokładny wiek zależy od daty urodzenia tej osoby. Zgodnie z art. 26 (section 26) ustawy Pensions Act 2014 rośnie on w latach 2026–2028. To ważne, bo od tego zależy, o jakie świadczenia ta osoba może się ubiegać, więc sprawdź go na stronie GOV.UK.
    }

nav-outcome-care_costs-text = { $who ->
        [you] Samorząd (council) może pobierać opłaty za Twoją opiekę i wsparcie. Przeprowadza ocenę finansową (financial assessment) Twoich dochodów i oszczędności, aby ustalić, ile możesz płacić. Nasz kalkulator kosztów może najpierw dać Ci ogólne pojęcie.
       *[they] Samorząd (council) może pobierać opłaty za opiekę i wsparcie tej osoby. Przeprowadza ocenę finansową (financial assessment) jej dochodów i oszczędności, aby ustalić, ile może płacić. Nasz kalkulator kosztów może najpierw dać Ci ogólne pojęcie.
    }

nav-outcome-carers_assessment_right-text = { $who ->
        [you] Zgodnie z art. 10 (section 10) ustawy Care Act 2014 samorząd (council) musi ocenić potrzeby każdego dorosłego opiekuna, który może potrzebować wsparcia. Nie ma znaczenia, ile opieki zapewniasz ani ile masz pieniędzy. Ocena jest bezpłatna i dotyczy Ciebie, a nie tylko osoby, którą się opiekujesz.
       *[they] Zgodnie z art. 10 (section 10) ustawy Care Act 2014 samorząd (council) musi ocenić potrzeby każdego dorosłego opiekuna, który może potrzebować wsparcia. Nie ma znaczenia, ile opieki zapewnia opiekun ani ile ma pieniędzy. Ocena jest bezpłatna i dotyczy opiekuna, a nie tylko osoby, którą się opiekuje.
    }

nav-outcome-carer_likely_eligible-text = { $who ->
        [you] Istnieją krajowe kryteria dla opiekunów. Opieka musi szkodzić Twojemu zdrowiu lub stanowić dla niego zagrożenie albo sprawiać, że nie możesz wykonywać co najmniej jednej z ośmiu codziennych czynności. Musi też mieć duży wpływ na Twoje samopoczucie (wellbeing). Twoje odpowiedzi wydają się pasować do tych kryteriów. Ale zdecydować może tylko samorząd (council), po ocenie potrzeb opiekuna (carer's assessment).
       *[they] Istnieją krajowe kryteria dla opiekunów. Opieka musi szkodzić zdrowiu opiekuna lub stanowić dla niego zagrożenie albo sprawiać, że opiekun nie może wykonywać co najmniej jednej z ośmiu codziennych czynności. Musi też mieć duży wpływ na samopoczucie (wellbeing) opiekuna. Twoje odpowiedzi wydają się pasować do tych kryteriów. Ale zdecydować może tylko samorząd (council), po ocenie potrzeb opiekuna (carer's assessment).
    }

nav-outcome-carers_allowance_likely-text = { $who ->
        [you] Z Twoich odpowiedzi wynika, że możesz mieć szansę na Carer's Allowance (zasiłek dla opiekuna). Stawka tygodniowa: { $carers_allowance_weekly }. Tygodniowy limit zarobków: { $carers_allowance_earnings_limit }. O przyznaniu zasiłku decyduje Department for Work and Pensions (DWP, ministerstwo pracy i emerytur), więc musisz złożyć wniosek.
       *[they] Z Twoich odpowiedzi wynika, że opiekun może mieć szansę na Carer's Allowance (zasiłek dla opiekuna). Stawka tygodniowa: { $carers_allowance_weekly }. Tygodniowy limit zarobków: { $carers_allowance_earnings_limit }. O przyznaniu zasiłku decyduje Department for Work and Pensions (DWP, ministerstwo pracy i emerytur), więc opiekun musi złożyć wniosek.
    }

nav-outcome-carers_allowance_earnings_over_limit-text = { $who ->
        [you] Tygodniowy limit zarobków dla Carer's Allowance (zasiłku dla opiekuna): { $carers_allowance_earnings_limit }. Limit dotyczy zarobków „netto”. To Twoja płaca po odliczeniu podatku i składek National Insurance (na ubezpieczenie społeczne). Możesz też odjąć połowę tego, co wpłacasz na emeryturę (pension), i niektóre koszty opieki. Twoje zarobki netto mogą być poniżej limitu, więc to sprawdź.
       *[they] Tygodniowy limit zarobków dla Carer's Allowance (zasiłku dla opiekuna): { $carers_allowance_earnings_limit }. Limit dotyczy zarobków „netto”. To płaca opiekuna po odliczeniu podatku i składek National Insurance (na ubezpieczenie społeczne). Opiekun może też odjąć połowę tego, co wpłaca na emeryturę (pension), i niektóre koszty opieki. Zarobki netto opiekuna mogą być poniżej limitu, więc to sprawdź.
    }

nav-outcome-carers_allowance_needs_qualifying_benefit-text = { $who ->
        [you] Aby dostać Carer's Allowance (zasiłek dla opiekuna), osoba, którą się opiekujesz, musi otrzymywać jedno ze świadczeń z listy, na przykład Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym) albo część PIP na codzienne życie (daily living). Jeśli ta osoba go nie dostaje albo nie wiesz tego na pewno, sprawdź to. Jeśli nie dostaje żadnego z nich, może najpierw ubiegać się o Attendance Allowance albo PIP. Potem możesz ubiegać się o Carer's Allowance.
       *[they] Aby dostać Carer's Allowance (zasiłek dla opiekuna), osoba pod opieką musi otrzymywać jedno ze świadczeń z listy, na przykład Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym) albo część PIP na codzienne życie (daily living). Jeśli ta osoba go nie dostaje albo nie wiesz tego na pewno, sprawdź to. Jeśli nie dostaje żadnego z nich, może najpierw ubiegać się o Attendance Allowance albo PIP. Potem opiekun może ubiegać się o Carer's Allowance.
    }

nav-outcome-carers_allowance_watch-text = { $who ->
        [you] Jeśli osoba, którą się opiekujesz, dostaje w swoich świadczeniach dodatkową kwotę z powodu ciężkiej niepełnosprawności (Severe Disability Premium albo podobny dodatek w Pension Credit, czyli dodatku dla emerytów o niskich dochodach), ta kwota może przestać być wypłacana, jeśli będzie Ci wypłacany Carer's Allowance (zasiłek dla opiekuna). Porozmawiaj z tą osobą, zanim złożysz wniosek. Jeśli dostajesz emeryturę państwową (State Pension), zwykle nie można Ci jednocześnie wypłacać Carer's Allowance. Mimo to złożenie wniosku może się opłacać. Department for Work and Pensions (DWP, ministerstwo pracy i emerytur) może odnotować, że spełniasz warunki, a to może oznaczać więcej pieniędzy z innych świadczeń, na przykład z Pension Credit.
       *[they] Jeśli osoba pod opieką dostaje w swoich świadczeniach dodatkową kwotę z powodu ciężkiej niepełnosprawności (Severe Disability Premium albo podobny dodatek w Pension Credit, czyli dodatku dla emerytów o niskich dochodach), ta kwota może przestać być wypłacana, jeśli opiekunowi będzie wypłacany Carer's Allowance (zasiłek dla opiekuna). Opiekun powinien porozmawiać z tą osobą, zanim złoży wniosek. Jeśli opiekun dostaje emeryturę państwową (State Pension), zwykle nie można mu jednocześnie wypłacać Carer's Allowance. Mimo to złożenie wniosku może się opłacać. Department for Work and Pensions (DWP, ministerstwo pracy i emerytur) może odnotować, że opiekun spełnia warunki, a to może oznaczać więcej pieniędzy z innych świadczeń, na przykład z Pension Credit.
    }

nav-outcome-short_breaks-text = { $who ->
        [you] Krótka przerwa (opieka wytchnieniowa, respite) daje Ci czas wolny od opieki. Może to być krótki pobyt w domu opieki, ośrodek pobytu dziennego (day centre), pracownik opieki przychodzący do domu albo pobyt u opiekuna Shared Lives (sprawdzonej osoby, która przyjmuje kogoś do swojego domu). Samorząd (council) zwykle organizuje taką przerwę po ocenie potrzeb. Jeśli przerwa polega na opiece nad osobą, którą się opiekujesz, samorząd może pobrać od niej opłatę, po sprawdzeniu jej finansów. Od Ciebie nie pobierze za to opłaty.
       *[they] Krótka przerwa (opieka wytchnieniowa, respite) daje opiekunowi czas wolny od opieki. Może to być krótki pobyt w domu opieki, ośrodek pobytu dziennego (day centre), pracownik opieki przychodzący do domu albo pobyt u opiekuna Shared Lives (sprawdzonej osoby, która przyjmuje kogoś do swojego domu). Samorząd (council) zwykle organizuje taką przerwę po ocenie potrzeb. Jeśli przerwa polega na opiece nad osobą pod opieką, samorząd może pobrać od tej osoby opłatę, po sprawdzeniu jej finansów. Od opiekuna nie pobierze za to opłaty.
    }

nav-outcome-emergency_plan-text = { $who ->
        [you] Jeśli zachorujesz albo ulegniesz wypadkowi, ktoś może musieć szybko Cię zastąpić. Możesz zapisać, co ta osoba musi wiedzieć, na przykład o lekach, planie dnia i o tym, do kogo dzwonić. To pomaga zapewnić bezpieczeństwo osobie, którą się opiekujesz. Niektóre samorządy (councils) i ośrodki dla opiekunów (carers' centres) prowadzą też programy na wypadek nagłej sytuacji, więc zapytaj o nie.
       *[they] Jeśli opiekun zachoruje albo ulegnie wypadkowi, ktoś może musieć szybko go zastąpić. Opiekun może zapisać, co ta osoba musi wiedzieć, na przykład o lekach, planie dnia i o tym, do kogo dzwonić. To pomaga zapewnić bezpieczeństwo osobie pod opieką. Niektóre samorządy (councils) i ośrodki dla opiekunów (carers' centres) prowadzą też programy na wypadek nagłej sytuacji, więc zapytaj o nie.
    }

nav-outcome-other_situation-text = Wciąż tworzymy tę część narzędzia. Poradniki, do których linki są poniżej, wyjaśniają, co możesz zrobić już teraz.

nav-outcome-young_person-text = { $who ->
        [you] Osoby poniżej 18 lat dostają pomoc od działu usług dla dzieci (children's services) w samorządzie (council), a nie od opieki społecznej dla dorosłych (adult social care). Dział usług dla dzieci może ocenić, jakiej pomocy potrzebujesz. Jeśli opiekujesz się kimś, masz prawo do oceny potrzeb młodego opiekuna (young carer's assessment). Poproś o nią dział usług dla dzieci. Gdy będziesz mieć prawie 18 lat, samorząd może przeprowadzić „ocenę przejścia” (transition assessment), aby zaplanować Twoją opiekę i wsparcie w dorosłym życiu.
       *[they] Osoby poniżej 18 lat dostają pomoc od działu usług dla dzieci (children's services) w samorządzie (council), a nie od opieki społecznej dla dorosłych (adult social care). Dział usług dla dzieci może ocenić, jakiej pomocy potrzebuje ta osoba. Jeśli ta osoba się kimś opiekuje, ma prawo do oceny potrzeb młodego opiekuna (young carer's assessment). Poproś o nią dział usług dla dzieci. Gdy ta osoba będzie mieć prawie 18 lat, samorząd może przeprowadzić „ocenę przejścia” (transition assessment), aby zaplanować jej opiekę i wsparcie w dorosłym życiu.
    }

nav-outcome-carers_allowance_conditions-text = { $who ->
        [you] Aby dostać Carer's Allowance (zasiłek dla opiekuna), musisz mieć co najmniej 16 lat. Musisz opiekować się jedną osobą przez co najmniej 35 godzin tygodniowo. Ta osoba musi otrzymywać określone świadczenie z powodu niepełnosprawności, na przykład Attendance Allowance albo część PIP na codzienne życie (daily living). Twoje zarobki netto nie mogą przekraczać tygodniowego limitu. Nie możesz też uczyć się w pełnym wymiarze godzin (co najmniej 21 godzin nauki tygodniowo). Z Twoich odpowiedzi wynika, że jeden z tych warunków na razie nie pasuje. Jeśli coś się zmieni, sprawdź ponownie.
       *[they] Aby dostać Carer's Allowance (zasiłek dla opiekuna), opiekun musi mieć co najmniej 16 lat. Musi opiekować się jedną osobą przez co najmniej 35 godzin tygodniowo. Ta osoba musi otrzymywać określone świadczenie z powodu niepełnosprawności, na przykład Attendance Allowance albo część PIP na codzienne życie (daily living). Zarobki netto opiekuna nie mogą przekraczać tygodniowego limitu. Opiekun nie może też uczyć się w pełnym wymiarze godzin (co najmniej 21 godzin nauki tygodniowo). Z Twoich odpowiedzi wynika, że jeden z tych warunków na razie nie pasuje. Jeśli coś się zmieni, sprawdź ponownie.
    }

nav-outcome-attendance_allowance_consider = Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym) może pomóc
nav-outcome-pip_consider = Personal Independence Payment (PIP, świadczenie dla osób z chorobą lub niepełnosprawnością) może pomóc
nav-outcome-state_pension_age_check = Sprawdź wiek emerytalny (State Pension age)
nav-outcome-care_costs = Ile może kosztować opieka
nav-outcome-carers_allowance_watch = Sprawdź, jak Carer's Allowance (zasiłek dla opiekuna) wpływa na inne świadczenia
nav-outcome-short_breaks = Przerwy w opiece
nav-outcome-emergency_plan = Przygotuj plan awaryjny
nav-outcome-other_situation = Poradniki dla Twojej sytuacji
nav-outcome-young_person = Osobom poniżej 18 lat pomaga dział usług dla dzieci (children's services)
nav-outcome-carers_allowance_conditions = Jakie warunki trzeba spełnić, aby dostać Carer's Allowance (zasiłek dla opiekuna)

## C. Next steps.

nav-step-call-999 = Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod numer 999.
nav-step-safeguarding = Jeśli uważasz, że ktoś dorosły doznaje przemocy lub zaniedbania, zadzwoń do działu opieki społecznej dla dorosłych (adult social care) w lokalnym samorządzie (council) i poproś o ochronę tej osoby (safeguarding). Poza godzinami pracy zadzwoń pod numer alarmowy samorządu albo na policję pod numer 101.
nav-step-contact-council-needs = { $who ->
        [you] Skontaktuj się z działem opieki społecznej dla dorosłych (adult social care) w samorządzie (council) tam, gdzie mieszkasz: telefonicznie, przez formularz internetowy albo listownie. Poproś o ocenę potrzeb (needs assessment). Jeśli sprawa jest pilna, powiedz o tym. Samorząd może pomóc od razu, jeszcze przed oceną. Może w tym pomóc list poniżej.
       *[they] Skontaktuj się z działem opieki społecznej dla dorosłych (adult social care) w samorządzie (council) tam, gdzie mieszka ta osoba, i poproś o ocenę potrzeb (needs assessment). Jeśli sprawa jest pilna, powiedz o tym. Samorząd może pomóc od razu, jeszcze przed oceną. Może w tym pomóc list poniżej.
    }
nav-step-prepare-needs = Przed oceną zapisz, co sprawia trudność w dobre dni, a co w złe dni, i kto teraz pomaga.
nav-step-ask-written = Poproś, aby ocenę potrzeb i ewentualny plan opieki i wsparcia (care and support plan) przekazano Ci na piśmie.
nav-step-contact-council-carer = { $who ->
        [you] Skontaktuj się z działem opieki społecznej dla dorosłych (adult social care) w samorządzie (council) tam, gdzie mieszka osoba, którą się opiekujesz, albo z lokalnym ośrodkiem dla opiekunów (carers' centre). Poproś o ocenę potrzeb opiekuna (carer's assessment). Może w tym pomóc list poniżej.
       *[they] Skontaktuj się z działem opieki społecznej dla dorosłych (adult social care) w samorządzie (council) tam, gdzie mieszka osoba pod opieką, albo z ośrodkiem dla opiekunów (carers' centre) w okolicy opiekuna. Poproś o ocenę potrzeb opiekuna (carer's assessment). Może w tym pomóc list poniżej.
    }
nav-step-prepare-carer = { $who ->
        [you] Zapisz, co robisz jako opiekun w zwykłym tygodniu i jak to na Ciebie wpływa.
       *[they] Poproś opiekuna o zapisanie, co robi w zwykłym tygodniu i jak to na niego wpływa.
    }
nav-step-claim-carers-allowance = { $who ->
        [you] Złóż wniosek o Carer's Allowance (zasiłek dla opiekuna) przez internet na stronie GOV.UK albo pocztą na papierowym formularzu. Department for Work and Pensions (DWP, ministerstwo pracy i emerytur) decyduje, czy go dostaniesz.
       *[they] Opiekun może złożyć wniosek o Carer's Allowance (zasiłek dla opiekuna) przez internet na stronie GOV.UK albo pocztą na papierowym formularzu. Department for Work and Pensions (DWP, ministerstwo pracy i emerytur) decyduje, czy opiekun go dostanie.
    }
nav-step-check-net-earnings = { $who ->
        [you] Sprawdź swoje zarobki netto. To Twoja płaca po odliczeniu podatku i składek National Insurance (na ubezpieczenie społeczne). Możesz też odjąć połowę tego, co wpłacasz na emeryturę (pension), i niektóre koszty opieki. Potem porównaj wynik z limitem zarobków.
       *[they] Sprawdź zarobki netto opiekuna. To jego płaca po odliczeniu podatku i składek National Insurance (na ubezpieczenie społeczne). Opiekun może też odjąć połowę tego, co wpłaca na emeryturę (pension), i niektóre koszty opieki. Potem porównaj wynik z limitem zarobków.
    }
nav-step-cared-for-benefit = { $who ->
        [you] Sprawdź, czy osoba, którą się opiekujesz, może ubiegać się o Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym) albo PIP (świadczenie dla osób z chorobą lub niepełnosprawnością). Jeśli dostanie jedno z nich, możesz potem ubiegać się o Carer's Allowance (zasiłek dla opiekuna).
       *[they] Sprawdź, czy osoba pod opieką może ubiegać się o Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym) albo PIP (świadczenie dla osób z chorobą lub niepełnosprawnością). Jeśli dostanie jedno z nich, opiekun może potem ubiegać się o Carer's Allowance (zasiłek dla opiekuna).
    }
nav-step-talk-sdp = { $who ->
        [you] Zanim złożysz wniosek o Carer's Allowance (zasiłek dla opiekuna), porozmawiaj z osobą, którą się opiekujesz. Jeśli dostaje ona w swoich świadczeniach dodatkową kwotę z powodu ciężkiej niepełnosprawności (na przykład w Pension Credit, czyli dodatku dla emerytów o niskich dochodach), ta kwota może przestać być wypłacana, jeśli będzie Ci wypłacany Carer's Allowance.
       *[they] Zanim opiekun złoży wniosek o Carer's Allowance (zasiłek dla opiekuna), powinien porozmawiać z osobą, którą się opiekuje. Jeśli dostaje ona w swoich świadczeniach dodatkową kwotę z powodu ciężkiej niepełnosprawności (Severe Disability Premium albo podobny dodatek w Pension Credit, czyli dodatku dla emerytów o niskich dochodach), ta kwota może przestać być wypłacana, jeśli opiekunowi będzie wypłacany Carer's Allowance.
    }
nav-step-claim-aa = Na stronie GOV.UK sprawdź, jak złożyć wniosek o Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym). DWP (ministerstwo pracy i emerytur) decyduje, kto go dostaje i w jakiej stawce.
nav-step-claim-pip = Na stronie GOV.UK sprawdź, jak złożyć wniosek o Personal Independence Payment (PIP, świadczenie dla osób z chorobą lub niepełnosprawnością). DWP (ministerstwo pracy i emerytur) decyduje po własnej ocenie.
nav-step-check-spa = Sprawdź wiek emerytalny (State Pension age) na stronie GOV.UK, podając datę urodzenia.
nav-step-estimate-costs = Skorzystaj z naszego kalkulatora kosztów, aby zorientować się, ile może kosztować opieka.
nav-step-ask-breaks = Podczas oceny potrzeb opiekuna (carer's assessment) zapytaj o przerwy w opiece i o to, jak z nich skorzystać.
nav-step-emergency-plan = Wypełnij plan awaryjny dla osoby, która w razie potrzeby przejmie opiekę, i trzymaj go przy telefonie.
nav-step-read-guides = Przeczytaj poradniki, do których linki są poniżej.

nav-step-childrens-services = { $who ->
        [you] Skontaktuj się z działem usług dla dzieci (children's services) w samorządzie (council) i poproś o ocenę potrzeb (jeśli opiekujesz się kimś: o ocenę potrzeb młodego opiekuna, czyli young carer's assessment).
       *[they] Skontaktuj się z działem usług dla dzieci (children's services) w samorządzie (council) i poproś o ocenę potrzeb (jeśli ta osoba się kimś opiekuje: o ocenę potrzeb młodego opiekuna, czyli young carer's assessment).
    }

## D. What we could not decide.

nav-undecided-needs = Tylko ocena potrzeb przeprowadzona przez samorząd (council) może rozstrzygnąć, czy potrzeby spełniają krajowe kryteria. Nasza odpowiedź jest wskazówką, a nie decyzją.
nav-undecided-carer = Tylko ocena potrzeb opiekuna (carer's assessment) przeprowadzona przez samorząd (council) może rozstrzygnąć, czy potrzeby opiekuna spełniają krajowe kryteria. Nasza odpowiedź jest wskazówką, a nie decyzją.
nav-undecided-charges = Wysokość opłat pobieranych przez samorząd zależy od jego oceny finansowej (financial assessment) dochodów i oszczędności. Nie możemy tego za Ciebie obliczyć.
nav-undecided-carers-allowance = DWP (ministerstwo pracy i emerytur) decyduje, kto dostaje Carer's Allowance (zasiłek dla opiekuna). Nie możemy tego rozstrzygnąć za Ciebie.
nav-undecided-aa = DWP (ministerstwo pracy i emerytur) decyduje, kto dostaje Attendance Allowance (zasiłek na opiekę dla osób w wieku emerytalnym) i w jakiej stawce.
nav-undecided-pip = DWP (ministerstwo pracy i emerytur) decyduje, kto dostaje PIP (świadczenie dla osób z chorobą lub niepełnosprawnością), po własnej ocenie.
nav-undecided-spa = Pytaliśmy o wiek w latach, więc nie wiemy, czy osoba w wieku { $age } lat osiągnęła już wiek emerytalny (State Pension age). Sprawdź to na stronie GOV.UK, podając datę urodzenia.

## E. Letters: the letters themselves stay in English (no nav-letter-* ids here, so they fall back to en-GB).

nav-letter-needs-title = List z prośbą o ocenę potrzeb (po angielsku)
nav-letter-carer-title = List z prośbą o ocenę potrzeb opiekuna (po angielsku)

## F. The emergency plan: a blank form to print and fill in by hand.

nav-ep-title = Plan awaryjny dla osoby, która przejmie opiekę
nav-ep-intro = Wydrukuj tę stronę i wypełnij ją ręcznie. Trzymaj ją przy telefonie i powiedz zaufanej osobie, gdzie jest. Niczego nie zapisujemy.
nav-ep-person = Imię i nazwisko osoby, którą się opiekujesz
nav-ep-needs = Jakiej pomocy potrzebuje ta osoba i na co trzeba uważać
nav-ep-routine = Plan dnia tej osoby: posiłki, sen, co lubi, a czego nie lubi
nav-ep-medication = Gdzie jest lista leków tej osoby
nav-ep-gp = Lekarz rodzinny (GP) tej osoby: nazwa przychodni i numer telefonu
nav-ep-contacts = Do kogo dzwonić: imiona, nazwiska i numery telefonów
nav-ep-carer = Twoje imię i nazwisko oraz numer telefonu
nav-ep-other = Co jeszcze powinna wiedzieć osoba, która przejmie opiekę
check-urgent-short = Jeśli ktoś jest w niebezpieczeństwie, zadzwoń pod 999. Jeśli dorosła osoba doznaje przemocy lub zaniedbania, zadzwoń do działu opieki społecznej dla dorosłych (adult social care) w samorządzie (council) i poproś o ochronę (safeguarding).

## Provider pages, fees, councils, short breaks (machine translation, not yet reviewed)
## "care home" = dom opieki; "provider" = usługodawca; "top-up" = dopłata (top-up);
## "short break / respite" = krótka przerwa (opieka wytchnieniowa, respite). CQC rating names keep the English in brackets.

rating-outstanding = Znakomita (Outstanding)
rating-good = Dobra (Good)
rating-requires_improvement = Wymaga poprawy (Requires improvement)
rating-inadequate = Niewystarczająca (Inadequate)
rating-not_rated = Bez oceny (Not rated)
kq-safe = Bezpieczna (Safe)
kq-effective = Skuteczna (Effective)
kq-caring = Troskliwa (Caring)
kq-responsive = Odpowiada na potrzeby (Responsive)
kq-well_led = Dobrze zarządzana (Well-led)
rating-age-years = { $n ->
        [one] oceniono 1 rok temu
        [few] oceniono { $n } lata temu
        [many] oceniono { $n } lat temu
       *[other] oceniono { $n } roku temu
    }
rating-age-months = { $n ->
        [one] oceniono 1 miesiąc temu
        [few] oceniono { $n } miesiące temu
        [many] oceniono { $n } miesięcy temu
       *[other] oceniono { $n } miesiąca temu
    }

svc-care-home-nursing = Dom opieki z opieką pielęgniarską
svc-care-home = Dom opieki (bez opieki pielęgniarskiej)
svc-home-care = Opieka domowa
svc-supported-living = Mieszkanie ze wsparciem (supported living)
svc-shared-lives = Shared Lives (pobyt u sprawdzonego opiekuna w jego domu)
svc-extra-care = Mieszkania z opieką na miejscu (extra care housing)
svc-hospice = Hospicjum
svc-rehabilitation = Rehabilitacja
svc-community-health = Opieka zdrowotna w miejscu zamieszkania (community health)
svc-hospital = Szpital
svc-gp = Przychodnia lekarza rodzinnego (GP)
svc-dentist = Dentysta
svc-other = Inna usługa
spec-dementia = Demencja
spec-older-people = Osoby starsze (powyżej 65 lat)
spec-younger-adults = Młodsi dorośli (poniżej 65 lat)
spec-learning-disabilities = Niepełnosprawność intelektualna lub autyzm
spec-mental-health = Zdrowie psychiczne
spec-physical-disabilities = Niepełnosprawność fizyczna
spec-sensory-impairments = Problemy ze wzrokiem lub słuchem
spec-substance-misuse = Uzależnienie od narkotyków i alkoholu
spec-eating-disorders = Zaburzenia odżywiania
spec-mental-health-act = Osoby zatrzymane na podstawie ustawy o zdrowiu psychicznym (Mental Health Act)
spec-children = Dzieci

provider-breadcrumbs = Gdzie jesteś
provider-overall = Ocena ogólna
provider-not-yet-rated = CQC jeszcze nie oceniła tej usługi. Nowe usługi są zwykle sprawdzane w ciągu roku lub dwóch lat od otwarcia.
provider-old-rating = Stara ocena
provider-key-questions = Oceny w pięciu kluczowych pytaniach
provider-demo-tag = Dane demonstracyjne
provider-demo-text = Ta usługa jest wymyślona. Pokazuje tylko, jak działa katalog.
provider-deregistered = Zamknięta (nie jest już zarejestrowana w CQC)
provider-deregistered-on = dnia { $date }
provider-below-good-run = { $n ->
        [one] Przy ostatniej inspekcji dostała ocenę niższą niż „Dobra” (Good).
        [few] Przy { $n } ostatnich inspekcjach z rzędu dostała ocenę niższą niż „Dobra” (Good).
        [many] Przy { $n } ostatnich inspekcjach z rzędu dostała ocenę niższą niż „Dobra” (Good).
       *[other] Przy { $n } ostatnich inspekcjach z rzędu dostała ocenę niższą niż „Dobra” (Good).
    }
provider-distance = { $km } km stąd
provider-distance-approx = (w przybliżeniu)
provider-beds = { $n ->
        [one] 1 łóżko
        [few] { $n } łóżka
        [many] { $n } łóżek
       *[other] { $n } łóżka
    }
provider-run-by = Prowadzi: { $name }
provider-compare-pick = Porównaj
provider-rating-heading = Ocena CQC
provider-kq-question = Kluczowe pytanie
provider-kq-rating = Ocena
provider-kq-date = Data publikacji
provider-cqc-link = Przeczytaj raporty z inspekcji na stronie CQC (po angielsku)
provider-history-heading = Historia ocen
provider-about-heading = O tej usłudze
provider-specialisms = Specjalizacje
provider-beds-label = Łóżka
provider-address = Adres
provider-la = Obszar samorządu (council)
provider-phone = Telefon
provider-website = Strona internetowa
provider-registered = Zarejestrowana w CQC
provider-location-id = Numer placówki w CQC (CQC location ID)
provider-fees-heading = Opłaty
provider-fees-explainer = Jak wybrać dom opieki lub opiekę domową, w tym o opłatach i dopłatach (top-up)
provider-org-heading = Usługodawca
provider-other-locations = { $n ->
        [one] Ten usługodawca prowadzi 1 inną usługę.
        [few] Ten usługodawca prowadzi { $n } inne usługi.
        [many] Ten usługodawca prowadzi { $n } innych usług.
       *[other] Ten usługodawca prowadzi { $n } innej usługi.
    }
provider-compare-start = Porównaj z innymi usługami
provider-ogl = Oceny i dane rejestracyjne: Care Quality Commission. Zawiera informacje sektora publicznego udostępnione na licencji Open Government Licence v3.0.

compare-title = Porównaj usługi
compare-too-many = Naraz możesz porównać najwyżej { $n } usługi. Pokazujemy pierwsze { $n }.
compare-empty = Nie wybrano jeszcze żadnej usługi. Wyszukaj usługi, zaznacz najwyżej cztery, a potem wybierz „Porównaj”.
compare-find = Znajdź usługi do porównania
compare-missing = Nie znaleźliśmy: { $ids }
compare-share = Aby przekazać komuś to porównanie, skopiuj adres tej strony.
compare-history = Historia ocen
compare-earlier-ratings = { $n ->
        [0] Brak wcześniejszych ocen
        [one] 1 wcześniejsza ocena
        [few] { $n } wcześniejsze oceny
        [many] { $n } wcześniejszych ocen
       *[other] { $n } wcześniejszej oceny
    }
compare-services = Usługi
compare-fee-from = od { $amount }
compare-fees-published = (opublikowane przez usługodawcę { $date })
compare-fees-demo = (wymyślone na potrzeby tej demonstracji, { $date })
compare-breaks = { $n ->
        [0] Brak wolnych miejsc
        [one] 1 wolne miejsce
        [few] { $n } wolne miejsca
        [many] { $n } wolnych miejsc
       *[other] { $n } wolnego miejsca
    } (zaktualizowano { $age })
compare-breaks-stale = Nie pokazujemy: ostatnia aktualizacja { $age }
compare-remove = Usuń { $name }

fees-not-published = Opłaty nie zostały opublikowane
fees-not-published-why = Ten usługodawca nie opublikował swoich opłat w serwisie Care Navigator. Nie ma jednego miejsca, w którym publikuje się opłaty: każdy usługodawca sam ustala ceny dla osób, które płacą za siebie same.
fees-ask-intro = Zanim zgodzisz się na ocenę albo na przeprowadzkę, poproś usługodawcę, aby podał Ci na piśmie:
fees-ask-fee = tygodniową opłatę za pokój i za opiekę, której ta osoba potrzebuje
fees-ask-included = co obejmuje opłata, a za co trzeba płacić dodatkowo
fees-ask-deposit = czy trzeba wpłacić kaucję, ile ona wynosi i czy zostanie zwrócona
fees-ask-top-up = czy przyjmują zwykłą stawkę samorządu (council) bez dopłaty (top-up), czyli dodatkowej kwoty płaconej przez rodzinę lub przyjaciół
fees-ask-increases = z jakim wyprzedzeniem informują o podwyżce opłat i kiedy ostatnio je podnieśli
fees-ask-after-death = przez ile dni pobierają opłaty po śmierci mieszkańca
fees-published-by = Opublikowane przez usługodawcę { $date }. Te opłaty obowiązują od { $from }.
fees-published-demo = Wymyślone opłaty na potrzeby tej demonstracji, z dnia { $date }. To nie są ceny prawdziwego usługodawcy. Obowiązują od { $from }.
fees-table-caption = Opłaty dla osób, które płacą za siebie same
fees-col-care = Rodzaj opieki
fees-col-fee = Opłata
fees-estimate-link = Oszacuj, ile trzeba by płacić przy opłacie { $amount } tygodniowo
fees-check-contract = Opublikowane opłaty są tylko wskazówką. Zgadzasz się na to, co jest w umowie, którą dostaniesz od usługodawcy: sprawdź, czy umowa mówi to samo.

fee-care-residential = Opieka w domu opieki
fee-care-nursing = Opieka pielęgniarska w domu opieki
fee-care-residential_dementia = Opieka w domu opieki dla osób z demencją
fee-care-nursing_dementia = Opieka pielęgniarska dla osób z demencją
fee-care-respite_per_day = Krótki pobyt (opieka wytchnieniowa, respite)
fee-care-day_service_per_day = Opieka dzienna (day service)
fee-care-home_care_per_hour = Opieka w domu
fee-amount-week = { $amount } tygodniowo
fee-amount-day = { $amount } dziennie
fee-amount-hour = { $amount } za godzinę
fee-range-week = od { $from } do { $to } tygodniowo
fee-range-day = od { $from } do { $to } dziennie
fee-range-hour = od { $from } do { $to } za godzinę
fee-extra-week = { $amount } tygodniowo
fee-extra-day = { $amount } dziennie
fee-extra-hour = { $amount } za godzinę
fee-extra-once = { $amount } jednorazowo
fee-extra-each = { $amount } za każdym razem
fee-included = Wliczone w opłatę
fee-extras = Płatne dodatkowo
fee-none-stated = Nie podano
fee-deposit = Kaucja
fee-deposit-none = Bez kaucji
fee-deposit-refundable = { $amount }, zwracana po zakończeniu pobytu
fee-deposit-not-refundable = { $amount }, bez zwrotu
fee-notice = Z jakim wyprzedzeniem informują o podwyżce opłat
fee-days = { $n ->
        [one] 1 dzień
        [few] { $n } dni
        [many] { $n } dni
       *[other] { $n } dnia
    }
fee-last-increase-label = Ostatnia podwyżka
fee-last-increase = { $percent }% dnia { $date }
fee-last-increase-none = Nie podano
fee-accepts-label = Przyjmuje zwykłą stawkę samorządu (council) bez dopłaty (top-up)
fee-accepts-yes = Tak
fee-accepts-no = Nie
fee-accepts-sometimes = Czasami: zapytaj o pokój i opiekę, których potrzebujesz
fee-after-death = Przez ile dni pobierane są opłaty po śmierci mieszkańca
fee-fnc = Opieka pielęgniarska finansowana przez NHS (NHS-funded nursing care) nie jest częścią tych opłat. Jeśli pielęgniarka oceni, że dana osoba jej potrzebuje, NHS płaci domowi opieki { $amount } tygodniowo na opiekę pielęgniarską ({ $dates }).
fee-fnc-old = Opieka pielęgniarska finansowana przez NHS (NHS-funded nursing care) nie jest częścią tych opłat. Jeśli pielęgniarka oceni, że dana osoba jej potrzebuje, NHS co tydzień płaci domowi opieki pewną kwotę na opiekę pielęgniarską. Najnowsza stawka, jaką znamy, to { $amount } tygodniowo ({ $dates }). Zapytaj dom opieki albo NHS o dzisiejszą stawkę.
fee-fnc-unknown = Opieka pielęgniarska finansowana przez NHS (NHS-funded nursing care) nie jest częścią tych opłat. Jeśli pielęgniarka oceni, że dana osoba jej potrzebuje, NHS co tydzień płaci domowi opieki pewną kwotę na opiekę pielęgniarską. Zapytaj dom opieki albo NHS o dzisiejszą stawkę.
fee-fnc-link = O opiece finansowanej przez NHS
fee-history-heading = Historia opłat
fee-history-weekly = od { $amount } tygodniowo
fee-history-from = (opłaty od { $date })
fee-history-published = opublikowano opłaty

council-rates-heading = Ile płaci samorząd (council)
council-rates-intro = Zwykła stawka to kwota, którą według samorządu { $council } płaci on za standardowe miejsce w roku { $year }. Jeśli samorząd załatwi miejsce, które kosztuje więcej, ktoś może zostać poproszony o zapłacenie różnicy (dopłata, top-up).
council-rates-old-year = To najnowsze stawki, jakie mamy, za rok { $year }. Od tego czasu mogły wzrosnąć. Zapytaj samorząd o tegoroczną stawkę.
council-rates-caption = Zwykłe stawki samorządu { $council }, { $year }
council-rates-col-rate = Zwykła stawka samorządu
council-rates-col-home = Najniższa opublikowana opłata w tym domu opieki
council-rates-col-gap = Różnica
council-rates-from = od { $date }.
council-rates-fnc-in = Obejmuje opiekę pielęgniarską finansowaną przez NHS (NHS-funded nursing care).
council-rates-fnc-out = Nie obejmuje opieki pielęgniarskiej finansowanej przez NHS (NHS-funded nursing care).
council-rates-source = Źródło
council-rates-home-none = Nie opublikowano
council-rates-gap-more = { $amount } tygodniowo więcej niż zwykła stawka
council-rates-gap-less = { $amount } tygodniowo mniej niż zwykła stawka
council-rates-gap-same = Tyle samo, co zwykła stawka
council-rates-gap-none = Nie wiadomo: dom opieki nie opublikował tej opłaty
council-rates-gap-bands = Zależy od grupy stawek (band): zapytaj samorząd, która grupa dotyczy tej osoby
council-rates-gap-note = Sama różnica nie oznacza jeszcze dopłaty (top-up). Samorząd musi zaproponować co najmniej jedno odpowiednie miejsce za swoją zwykłą stawkę, a dopłatę trzeba uzgodnić na piśmie.
council-rates-unknown = Nie mamy zwykłych stawek samorządu { $council }. Zapytaj jego dział opieki społecznej dla dorosłych (adult social care), ile płaci za taki rodzaj opieki.
council-rates-no-council = Nie udało się ustalić, w którym samorządzie (council) jest ten dom opieki. Zapytaj samorząd tam, gdzie mieszka ta osoba, jaka jest jego zwykła stawka.
council-page-link = O samorządzie { $council }
councils-title = Samorządy (councils) i opieka społeczna dla dorosłych
councils-lead = Opiekę społeczną dla dorosłych w Anglii organizują samorządy (councils). Jest ich { $n }. Wybierz jeden, aby zobaczyć, ile płaci za miejsca w domach opieki i jakie usługi opiekuńcze działają na jego terenie.
councils-source = Lista samorządów i ich kodów pochodzi z Office for National Statistics (urzędu statystycznego, wykaz Counties and Unitary Authorities, kwiecień 2025).
council-title = Samorząd { $council }
council-lead = { $kind } w regionie { $region }. Kod rządowy: { $code }.
council-kind-county = Samorząd hrabstwa (county council)
council-kind-unitary = Samorząd jednolity (unitary council)
council-kind-metropolitan = Samorząd dzielnicy metropolitalnej (metropolitan borough council)
council-kind-london_borough = Samorząd dzielnicy Londynu (London borough council)
council-kind-other = Samorząd (council)
council-rates-explain = To tygodniowe kwoty, które według samorządu płaci on za standardowe miejsce w domu opieki, rok po roku, razem ze źródłem każdej liczby.
council-rates-col-from = Od
council-services-heading = Usługi opiekuńcze na tym terenie
council-services-none = W katalogu nie ma jeszcze usług opiekuńczych dla tego samorządu.
council-services-link = { $n ->
        [one] 1 usługa w katalogu
        [few] { $n } usługi w katalogu
        [many] { $n } usług w katalogu
       *[other] { $n } usługi w katalogu
    }
council-contact-heading = Skontaktuj się z działem opieki społecznej dla dorosłych (adult social care)
council-contact-text = Poproś dział opieki społecznej dla dorosłych (adult social care) w samorządzie { $council } o ocenę potrzeb (needs assessment), o ocenę potrzeb opiekuna (carer's assessment) albo o informację o zwykłych stawkach. Adres strony internetowej i numer telefonu samorządu znajdziesz na stronie GOV.UK.
council-contact-link = Znajdź swój samorząd (council) na stronie GOV.UK
council-contact-check = Czy samorząd może pomóc? Odpowiedz na kilka pytań

breaks-heading = Krótkie przerwy (opieka wytchnieniowa)
breaks-updated-demo = Wymyślone miejsca na krótkie przerwy na potrzeby tej demonstracji, z dnia { $date } ({ $age }).
breaks-not-published = Ten usługodawca nie opublikował w serwisie Care Navigator informacji o miejscach na krótkie przerwy. Zadzwoń i zapytaj, czy ma wolne miejsce w potrzebnym Ci terminie.
breaks-updated = Zaktualizowane przez usługodawcę { $date } ({ $age }).
breaks-stale = { $n ->
        [one] Ta informacja nie była aktualizowana od ponad 1 dnia, więc nie pokazujemy już wolnych miejsc: mogły zostać zajęte. Zadzwoń i zapytaj.
        [few] Ta informacja nie była aktualizowana od ponad { $n } dni, więc nie pokazujemy już wolnych miejsc: mogły zostać zajęte. Zadzwoń i zapytaj.
        [many] Ta informacja nie była aktualizowana od ponad { $n } dni, więc nie pokazujemy już wolnych miejsc: mogły zostać zajęte. Zadzwoń i zapytaj.
       *[other] Ta informacja nie była aktualizowana od ponad { $n } dnia, więc nie pokazujemy już wolnych miejsc: mogły zostać zajęte. Zadzwoń i zapytaj.
    }
breaks-none-free = Usługodawca podaje, że teraz nie ma wolnych miejsc na krótkie przerwy.
breaks-caption = Wolne miejsca na krótkie przerwy
breaks-col-kind = Rodzaj przerwy
breaks-col-free = Wolne miejsca
breaks-col-dates = Terminy
breaks-free-of = { $available } z { $maximum }
breaks-dates = od { $from } do { $to }
breaks-explainer = O krótkich przerwach (opiece wytchnieniowej, respite) i o tym, kto za nie płaci
break-kind-care_home_short_stay = Krótki pobyt w domu opieki
break-kind-day_service = Opieka dzienna (day service)
break-kind-sitting_service = Opiekun, który posiedzi z osobą w domu (sitting service)
break-kind-shared_lives = Shared Lives (pobyt u sprawdzonego opiekuna w jego domu)
published-days-ago = { $n ->
        [0] dzisiaj
        [one] 1 dzień temu
        [few] { $n } dni temu
        [many] { $n } dni temu
       *[other] { $n } dnia temu
    }

## Provider search: filters by published fees and short breaks (machine translation, not yet reviewed)
providers-sort-fee = Najpierw najniższa opublikowana opłata
providers-filter-published = Opłaty i krótkie przerwy
providers-filter-published-hint = Tylko niektórzy usługodawcy publikują tutaj swoje opłaty i wolne miejsca na krótkie przerwy. Usługa, która tego nie opublikowała, nigdy nie jest przez to niżej na liście: pomijamy ją tylko wtedy, gdy wybierzesz jedną z tych opcji.
providers-filter-fees-published = Usługodawca opublikował swoje opłaty
providers-filter-max-fee = Najniższa opłata tygodniowa do
providers-max-fee-option = { $amount } tygodniowo
providers-accepts-yes = Tak
providers-accepts-no = Nie
providers-accepts-sometimes = Czasami
providers-filter-breaks-from = Wolne miejsca na krótkie przerwy w dniu
providers-filter-breaks-hint = Na przykład 24/12/2026. Pokazujemy tylko miejsca, które usługodawca zaktualizował w ciągu ostatnich 14 dni.
providers-filter-breaks-to = Do dnia (zostaw puste, jeśli chodzi o jeden dzień)
providers-filter-break-kind = Rodzaj krótkiej przerwy
provider-card-fee = Opłaty od { $amount } tygodniowo (opublikowane { $date })
provider-card-breaks = { $n ->
        [one] 1 wolne miejsce na krótką przerwę
        [few] { $n } wolne miejsca na krótkie przerwy
        [many] { $n } wolnych miejsc na krótkie przerwy
       *[other] { $n } wolnego miejsca na krótkie przerwy
    } (zaktualizowano { $date })
pq-field-fees_published = Usługodawca opublikował swoje opłaty
pq-field-accepts_council_rate = Przyjmuje zwykłą stawkę samorządu (council)
pq-field-max_weekly_fee = Najniższa opłata tygodniowa do
pq-field-short_breaks_from = Wolne miejsca na krótkie przerwy w dniu
pq-field-short_breaks_to = Do dnia
pq-field-short_break_kind = Rodzaj krótkiej przerwy
pq-err-not_a_date = wpisz prawdziwą datę, na przykład 24/12/2026
pq-err-dates_reversed = data końcowa musi być taka sama jak data początkowa albo późniejsza

## Estimator: the fee a home published (machine translation, not yet reviewed)
est-home-fee = Tygodniowy koszt to opłata opublikowana przez { $name } dnia { $date }: od { $amount } tygodniowo (rodzaj opieki: { $care }). Dom opieki podaje, że ta opłata obowiązuje od { $from }.
est-home-fee-demo = Tygodniowy koszt to wymyślona opłata na potrzeby tej demonstracji, pokazana dla { $name }: od { $amount } tygodniowo (rodzaj opieki: { $care }), z dnia { $date }.
est-home-fee-changed = Zmieniono tygodniowy koszt na { $cost }. Dom opieki opublikował opłatę { $amount }.
est-home-fee-check = To najniższa opłata, jaką opublikował ten dom opieki. Poproś dom opieki, aby podał Ci na piśmie, ile wyniesie opłata za pokój i za opiekę, których ta osoba potrzebuje. Za opiekę pielęgniarską finansowaną przez NHS (NHS-funded nursing care) NHS płaci domowi opieki osobno, oprócz tej opłaty: te pieniądze nie są częścią opłaty.
est-home-fee-link = Zobacz wszystkie opłaty tego domu opieki
est-home-fee-missing = Nie możemy już znaleźć opublikowanej opłaty tego domu opieki. Zapytaj dom opieki, ile wynosi tygodniowy koszt.

## Councils: national averages (machine translation, not yet reviewed)
council-national-heading = W całej Anglii
council-national-council_average_weekly_care_home_cost = W roku { $year } rady w całej Anglii płaciły średnio { $amount } tygodniowo za miejsce w domu opieki (z opieką pielęgniarską lub bez niej).
council-national-council_average_home_care_hourly_cost = W roku { $year } rady w całej Anglii płaciły średnio { $amount } za godzinę opieki domowej.
council-national-source = Źródło
council-national-unconfirmed = Jeszcze nie sprawdzone w samym raporcie. Sprawdź w:
council-national-not-a-price = To średnie ze wszystkich usług opieki, za które płaciły rady w całej Anglii. Nie są ceną żadnego domu opieki. Nie mówią, ile bierze dom opieki w pobliżu ani ile płacą osoby, które same płacą za swoją opiekę.
