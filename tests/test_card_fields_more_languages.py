"""A card's when and where fields in Dutch, Indonesian, Scandinavian, Polish and Turkish ("Tijd:", "Waktu:", "Tid:",
"Godzina:", "Saat:"; "Plaats:", "Tempat:", "Sted:", "Miejsce:", "Yer:") are field labels, never what happens: the
event is named by the card, its time by the field. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_CARDS = {
    "nl": ("Persuitnodiging", "Datum: maandag 10 maart 2025\nTijd: 10.00 uur\nPlaats: Stadhuis, Utrecht"),
    "id": ("Undangan liputan",
           "Hari/tanggal: Senin, 10 Maret 2025\nWaktu: pukul 10.00 WIB\nTempat: Balai Kota, Bandung"),
    "no": ("Pressemelding", "Dato: 10. mars 2025\nTid: 10.00\nSted: Rådhuset, Bergen"),
    "pl": ("Zaproszenie dla mediów", "Data: 10 marca 2025\nGodzina: 10.00\nMiejsce: Ratusz, Gdańsk"),
    "tr": ("Basın daveti", "Tarih: 10 Mart 2025\nSaat: 10.00\nYer: Belediye Sarayı, İzmir"),
}


@pytest.mark.parametrize("language", sorted(_CARDS))
def test_the_time_field_label_names_no_event(language: str) -> None:
    title, card = _CARDS[language]
    text = f"{title}\n\nSource: A city office\n\n{card}\n"
    events = extract(text, source="cards", reference=dt.date(2025, 3, 1)).events
    assert [f"{e.start:%H:%M}" for e in events] == ["10:00"]
    label = card.split("\n")[1].split(":")[0]
    assert label.lower() not in events[0].summary.lower()
