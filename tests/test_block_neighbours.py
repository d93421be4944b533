"""blocks.numbered and blocks.first_of_chunk find a block's neighbours by halving the article's list (rules asked
for them on every line read the list through each time: 20,000 lines took seconds per thousand). They must give
what reading the list through gives, with some numbers left out (an article's datelines)."""

from __future__ import annotations

import random

import pytest

from parsers.blocks import ITEM, Block, first_of_chunk, numbered


def _article(seed: int) -> list[Block]:
    rng = random.Random(seed)
    blocks, chunk = [], 0
    for number in range(60):
        chunk += rng.random() < 0.3
        if rng.random() < 0.8:  # the rest are datelines, left out of the list
            blocks.append(Block(ITEM, f"line {number}", number, chunk))
    return blocks


@pytest.mark.parametrize("seed", range(20))
def test_the_same_blocks_as_reading_the_list_through(seed: int) -> None:
    blocks = _article(seed)
    for low in range(-2, 62):
        for high in (low - 1, low, low + 2, low + 5):
            assert numbered(blocks, low, high) == [b for b in blocks if low <= b.number <= high]
    for chunk in range(-1, 25):
        assert first_of_chunk(blocks, chunk) == next((b for b in blocks if b.chunk == chunk), None)
