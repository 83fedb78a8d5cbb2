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
about-privacy-text = Nie prosimy o imię i nazwisko ani o dane kontaktowe. Nie zapisujemy tego, co wpisujesz w kalkulatorze kosztów ani w poradnikach. Odpowiedzi zostają tylko w adresie strony, więc tylko Ty możesz je komuś przekazać.
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

check-not-translated = Ta część serwisu nie jest jeszcze przetłumaczona, dlatego jest po angielsku.
