"""Contact details a witness writes into a report are masked in what the public reads."""

from __future__ import annotations

import pytest

from tocsin.intake.public_version import EMAIL_MASK, PHONE_MASK, mask_contacts


@pytest.mark.parametrize(
    ("text", "country", "hidden"),
    [
        ("Appelez-moi au +226 70 12 34 56 svp.", "BFA", "70 12 34 56"),
        ("Call me on 0803 123 4567 after dark.", "NGA", "0803 123 4567"),
        ("WhatsApp +249 91 234 5678 for the photos.", "SDN", "91 234 5678"),
        ("Mi número es +57 310 555 1234.", None, "310 555 1234"),
    ],
)
def test_telephone_numbers_are_masked(text, country, hidden):
    masked = mask_contacts(text, country)
    assert hidden not in masked
    assert PHONE_MASK in masked


def test_email_addresses_are_masked():
    masked = mask_contacts("Write to awa.traore+djibo@mail.example.bf for more.", "BFA")
    assert masked == f"Write to {EMAIL_MASK} for more."


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2019, 34 people were killed and 1500 displaced.",
        "Between 2015-2016 the army lost 120 soldiers near kilometre 45.",
        "Fighting on 03/04/2021 at 14:30 left 250 000 people without water.",
    ],
)
def test_dates_counts_and_years_stay(text):
    assert mask_contacts(text, "BFA") == text


def test_a_national_number_is_read_in_the_reports_country():
    # Eight digits are a Burkinabe mobile number, and nothing in a country where they are not.
    assert PHONE_MASK in mask_contacts("tel 70123456", "BFA")
    assert mask_contacts("tel 70123456", "NGA") == "tel 70123456"
