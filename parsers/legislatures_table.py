"""Parliaments' numbered legislatures and their terms: facts only, read by parsers/numberedsessions.py. Pure data.

LEGISLATURES_TSV, one legislature a line: the parliament's key, the legislature's number, its first and its last year.
Elections called early cut a term short (Kosovo's Assembly); the European Parliament's run five years each since the
first direct election, in 1979.
One string rather than a tuple literal, as the other tables are.
"""

LEGISLATURES_TSV = """\
kosovo	1	2001	2004
kosovo	2	2004	2008
kosovo	3	2008	2011
kosovo	4	2011	2014
kosovo	5	2014	2017
kosovo	6	2017	2019
kosovo	7	2019	2021
kosovo	8	2021	2025
kosovo	9	2025	2029
european-parliament	1	1979	1984
european-parliament	2	1984	1989
european-parliament	3	1989	1994
european-parliament	4	1994	1999
european-parliament	5	1999	2004
european-parliament	6	2004	2009
european-parliament	7	2009	2014
european-parliament	8	2014	2019
european-parliament	9	2019	2024
european-parliament	10	2024	2029
european-parliament	11	2029	2034
"""
