"""The province or state a North American telephone number's area code puts its body in: "call us at 250-563-9251" is
British Columbia's, on Pacific time; "(651) 266-8000" is Minnesota's, on Central time. Pure.

A careful reader of a library's or a board's programme page that names no town, whose only clue is its desk's number,
knows the number's province or state from its area code: each of these codes is one province's or state's, and a
province or state of one clock gives it (the territories' 867, Labrador's share of 709, north-western Ontario's 807
and the states of several clocks are left out). Only where every North American number of the text has a code of
these tables, all of one province or state.
"""

from __future__ import annotations

import re

from parsers.placeindex import Place, abbreviations
from parsers.places import REGION, find_places

_CODES = {
    "British Columbia": "236 250 604 672 778",
    "Alberta": "368 403 587 780 825",
    "Saskatchewan": "306 474 639",
    "Manitoba": "204 431 584",
    "Ontario": "226 249 289 343 365 382 416 437 519 548 613 647 683 705 742 753 905",
    "Quebec": "263 354 367 418 438 450 468 514 579 581 819 873",
    "Nova Scotia": "782 902",
    "New Brunswick": "428 506",
}
_PROVINCE_OF = {code: province for province, codes in _CODES.items() for code in codes.split()}
# The states' area codes, by postal abbreviation (from the geocoding data of the phonenumbers package, 9.0; Michigan's
# 906 left out, its Upper Peninsula keeping two clocks). A state of several clocks (Florida, Texas ...) says nothing:
# its place is not sure of its zone.
_US_CODES = {
    "AK": "907", "AL": "205 251 256 334 659 938", "AR": "327 479 501 870", "AZ": "480 520 602 623 928",
    "CA": "209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 738 747"
          " 760 805 818 820 831 840 858 909 916 925 949 951",
    "CO": "303 719 720 748 970 983", "CT": "203 475 860 959", "DC": "202 771", "DE": "302",
    "FL": "239 305 321 324 352 386 407 448 561 645 656 689 727 728 754 772 786 813 850 863 904 941 954",
    "GA": "229 404 470 478 678 706 762 770 912 943", "HI": "808", "IA": "319 515 563 641 712", "ID": "208 986",
    "IL": "217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 872", "IN": "219 260 317 463 574 765 812 930",
    "KS": "316 620 785 913", "KY": "270 364 502 606 859", "LA": "225 318 337 504 985",
    "MA": "339 351 413 508 617 774 781 857 978", "MD": "227 240 301 410 443 667", "ME": "207",
    "MI": "231 248 269 313 517 586 616 734 810 906 947 989", "MN": "218 320 507 612 651 763 952",
    "MO": "235 314 417 557 573 636 660 816 975", "MS": "228 601 662 769", "MT": "406",
    "NC": "252 336 472 704 743 828 910 919 980 984", "ND": "701", "NE": "308 402 531", "NH": "603",
    "NJ": "201 551 609 640 732 848 856 862 908 973", "NM": "505 575", "NV": "702 725 775",
    "NY": "212 315 329 332 347 363 516 518 585 607 631 646 680 716 718 838 845 914 917 929 934",
    "OH": "216 220 234 283 326 330 380 419 440 513 567 614 740 937", "OK": "405 539 572 580 918",
    "OR": "458 503 541 971", "PA": "215 223 267 272 412 445 484 570 582 610 717 724 814 835 878", "RI": "401",
    "SC": "803 821 839 843 854 864", "SD": "605", "TN": "423 615 629 731 865 901 931",
    "TX": "210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 915 936 940 945 956 972"
          " 979",
    "UT": "385 435 801", "VA": "276 434 540 571 686 703 757 804 826 948", "VT": "802",
    "WA": "206 253 360 425 509 564", "WI": "262 274 353 414 534 608 715 920", "WV": "304 681", "WY": "307",
}  # fmt: skip
_STATE_OF = {code: state for state, codes in _US_CODES.items() for code in codes.split()}
# "250-563-9251", "(604) 555-0100", "604.555.0100", "+1 604 555 0100": a North American number and its area code.
_NUMBER = re.compile(r"(?<![\d+/.-])(?:\+?1[\s.-]?)?\(?([2-9]\d\d)\)?[\s.-]?[2-9]\d\d[\s.-]\d{4}(?![\d/-])")
# A telephone's word shortly before it ("Call us at", "Tel.", "Phone:", "fax", a "Media contact:" block): an order
# number or an ID is no number to dial.
_PHONE_WORD = re.compile(r"(?i:\b(?:call|phone|tel|telephone|fax|dial|ph|text|contacts?|media|inquiries|enquiries"
                         r"|information|info|office|desk)\b)")
_PHONE_REACH = 60
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})  # every province's: they say nothing


def province_of_numbers(body: str) -> Place | None:
    """The province or state of one clock whose area codes every North American telephone number of `body` has, else
    None ("(651) 266-8000": Minnesota, on Central time)."""
    areas = {_PROVINCE_OF.get(code) or _STATE_OF.get(code) for number in _NUMBER.finditer(body)
             if (code := number.group(1)) not in _TOLL_FREE
             and _PHONE_WORD.search(body, max(0, number.start() - _PHONE_REACH), number.start())}
    if len(areas) != 1 or None in areas:
        return None
    name = areas.pop() or ""
    if name in _US_CODES:
        state = abbreviations().get(name)
        return state if state is not None and state.zone_certain else None
    return next((m.place for m in find_places(name) if m.place.kind == REGION and m.place.name == name), None)
