"""Posts of forum and comment threads: who posted what, read off the page's structure.

On a forum thread or under a blog post, the page says who wrote each post: a header frame ("Name sagt:", "Name on
12 May said:", "name date time") whose author element is marked by the page's markup (WordPress' ``comment-author
vcard`` / ``fn``, a forum's ``AccountName``, schema.org microdata's ``itemprop="author"`` in a ``Comment``). A post
is the repeating unit that holds one such author element: the lowest element above it whose parent holds two or
more units with an author (a reply nested inside a comment is its own unit), standing in a thread (a class or id
that says comment, reply, forum, thread …, or a schema.org Comment / DiscussionForumPosting / Answer). One author
box, a byline or a list of articles is no thread: it takes two posts, and units in sidebars and widgets ("Recent
comments") are left out.

Each post becomes one body paragraph that opens with its header frame (``Poster.header``), then what the poster
wrote: signatures, quoted earlier posts, vote counts and reply links are left out. A post by the page's own author
(``bypostauthor``, ``comment-author-admin``, or the page's author by name) is the page's own voice: its text is
kept without a poster. Posts that trafilatura kept in the body replace those paragraphs where they stood; the
others (trafilatura drops comments) follow the body. The speaker of a post is the attribution stage's
(``sift.attribution.posters``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lxml.etree import XPath
from lxml.html import HtmlElement

from sift.document import Poster
from sift.extract.result import Extraction, Piece
from sift.extract.tree import box_marks
from sift.lexicon.page_furniture import NEWSROOM_WORDS

__all__ = ["Post", "declares_news_article", "place_posts", "read_posts"]

#: A class or id token that marks an author element of a post (matched lower-cased, whole token, prefixes
#: allowed: ``comment-author``, ``MtnCommentAccountName``, ``cssShareBarCommentsListCommentName``, ``fn``).
_AUTHOR_TOKEN = re.compile(
    r"fn|(?:.*[-_]?)(?:author|username|user-name|user_name|accountname|account-name|commentname|comment-name|"
    r"nickname|postername|poster-name|membername|member-name)"
)
#: Words of a class or id that say a unit stands in a thread (the unit or one of its nearest ancestors).
_THREAD_WORDS = re.compile(r"comment|kommentar|reply|replies|forum|thread|discussion|antwort|beitrag|postbit")
_TAXONOMY = re.compile(r"(?:category|tag|topic|format|postid|type)-")
#: schema.org types of a post and the properties that name its author and hold its text.
_POST_TYPES = re.compile(r"schema\.org/(?:Comment|DiscussionForumPosting|Answer)\b")
_AUTHOR_PROPS = frozenset({"author", "creator"})
#: Units under these are no posts of the thread: a sidebar's "recent comments", a widget.
_OUTSIDE_WORDS = re.compile(r"widget|sidebar|recent")
_OUTSIDE_TAGS = frozenset({"aside", "nav"})
#: Ancestors above a unit searched for a thread word.
THREAD_REACH = 3
#: Class or id words of parts of a post that are not what the poster wrote: quoted posts, signatures, votes,
#: reply and report links, dates, avatars, badges (matched anywhere in the lower-cased class; an id may name the
#: post's own text for a quote button: ``id="quote-1549926"``).
_NOT_TEXT_WORDS = re.compile(
    r"quote|zitat|signature|slogan|\bsig\b|vote|rating|reply|report|\bshare\b|sharing|meta|time|\bdate|avatar|"
    r"button|function|\bactions?\b|badge|karma|hotness|heartbeat|thumbnail|\blikes?\b|footer"
)
#: Class words of the part that holds what the poster wrote: a class token carrying one is the post's text even when
#: it also carries a word above (``comment-reply-content``, vBulletin's ``blockquote.postcontent``).
_TEXT_WORDS = re.compile(r"content|text|body|message|entry")
#: Class or id words of a post's header: the author element's ancestors that carry one belong to it.
_HEADER_WORDS = re.compile(r"meta|author|header|info|user|profile|vcard|byline|\bhead|name")
_NOT_TEXT_TAGS = frozenset({"blockquote", "script", "style", "form", "button", "time", "img", "noscript", "textarea"})
_BREAK_TAGS = frozenset({"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"})
#: The page's own author posting under the article (WordPress' markers).
_OWN_TOKENS = frozenset({"bypostauthor", "comment-author-admin"})
#: Names under which a site's staff answer in its own voice ("Die Redaktion", "YHMAG Edit@r", "Admin").
_STAFF = re.compile(
    rf"(?<!\w)(?:{NEWSROOM_WORDS}|editors?|edit@rs?|admin|administrator|moderator|webmaster|team)(?!\w)",
    re.IGNORECASE,
)
#: Longest author name read as one (characters); a longer author element holds a header frame, whose first child
#: names the poster ("<strong>Name</strong> on <a>date</a> said:").
MAX_NAME_CHARS = 40
#: Verbs of header frames, per language, with their citation form ("Name sagt:", "Name said:", "Name a écrit :").
FRAME_VERBS = {
    "said": "say", "says": "say", "wrote": "write", "writes": "write", "posted": "post", "posts": "post",
    "sagt": "sagen", "sagte": "sagen", "schrieb": "schreiben", "schreibt": "schreiben", "meint": "meinen",
    "meinte": "meinen",
    "dit": "dire", "a dit": "dire", "écrit": "écrire", "a écrit": "écrire",
    "dice": "decir", "dijo": "decir", "escribe": "escribir", "escribió": "escribir",
    "diz": "dizer", "disse": "dizer", "escreve": "escrever", "escreveu": "escrever",
    "scrive": "scrivere", "ha scritto": "scrivere", "ha detto": "dire",
    "napisał": "napisać", "napisała": "napisać", "pisze": "pisać", "mówi": "mówić", "powiedział": "powiedzieć",
}  # fmt: skip
_FRAME_VERB = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, FRAME_VERBS), key=len, reverse=True)) + r")\s*:?\s*$",
    re.IGNORECASE,
)
#: Shortest text a kept paragraph needs to be read as part of a post when no earlier paragraph was (a vote count
#: or a reply link in the article is no post's text).
MIN_ANCHOR_CHARS = 12
_SPACE = re.compile(r"\s+")
#: Longest article (characters of body text outside the thread) under which a thread is the page's content when
#: trafilatura kept none of it: an open thread's two-line post (realpages dev9 r9-006: 463), a short note (dev10
#: r10-003: 851), a deal post (r10-011: 416); an essay or a guide with reader comments under it is longer
#: (r9-013: 3660, r10-012: 2816). Chosen by hand on realpages dev9 and dev10 (bench/realpages.py).
SHORT_ARTICLE = 1200
#: How many times the article's text a thread under a short article holds when it is the page's content (dev9
#: r9-006: 14, r10-011: 4.9); reader comments under a short news item hold about as much as the item (realpages
#: dev rp-039: 1.3). Chosen by hand on realpages dev, dev9 and dev10 (bench/realpages.py).
THREAD_WEIGHT = 2


#: schema.org's news article types (JSON-LD ``@type`` or microdata ``itemtype``): a page that says it is one is a
#: news story, and a thread under it is its readers' comments, however short the story (a four-paragraph NFL item
#: under 34 comments, scrapinghub; the open threads and notes of realpages dev9/dev10 declare no such type).
_NEWS_TYPE = re.compile(r"""["'/](?:Reportage|Analysis|Background|Opinion|Review)?NewsArticle["'\s]""")


_ITEMTYPES = XPath("//@itemtype", smart_strings=False)  # compiled once: ``tree.xpath`` compiles on every call


def declares_news_article(tree: HtmlElement) -> bool:
    """Whether the page declares itself a news article in its structured data (read before scripts are dropped)."""
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "") and _NEWS_TYPE.search(script.text or ""):
            return True
    return any(_NEWS_TYPE.search(f'{itemtype}"') for itemtype in _ITEMTYPES(tree))


@dataclass(frozen=True, slots=True)
class Post:
    """One post of a thread: its poster (``None`` for the page's own author), its text, and all the text of its
    unit without white space (header, votes, signature: to find the paragraphs trafilatura kept of it)."""

    poster: Poster | None
    text: str
    unit_text: str


def _norm(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def _key(text: str) -> str:
    """Text without white space: trafilatura joins a header's parts ("macbacchi28.09.1912:44")."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


#: What every class :data:`_AUTHOR_TOKEN` accepts contains (lower-cased): one search of the whole class passes over
#: most elements of a page before its tokens are matched one by one (reading posts was 8 % of extraction's time).
_AUTHOR_HINT = re.compile(r"fn|author|user|account|commentname|comment-name|nickname|poster|member")
#: The attributes that may mark an author element, in document order: its class or its ``itemprop`` (their
#: values tested in Python: half the cost of reading both attributes of every element that has one).
_MARKED = XPath("//@class | //@itemprop")


def _marks_author(attribute: str) -> bool:
    """An ``itemprop`` naming the author, or a class whose tokens include an author's."""
    if attribute.attrname == "itemprop":
        return attribute.strip() in _AUTHOR_PROPS
    classes = attribute.lower()
    return bool(_AUTHOR_HINT.search(classes)) and any(_AUTHOR_TOKEN.fullmatch(token) for token in classes.split())


def _authors(tree: HtmlElement) -> list[HtmlElement]:
    """The innermost author elements with text (``comment-author vcard`` holds ``fn``: ``fn`` is the one)."""
    found = list(dict.fromkeys(attribute.getparent() for attribute in _MARKED(tree) if _marks_author(attribute)))
    inner = set(found)
    for element in found:
        parent = element.getparent()
        while parent is not None:
            inner.discard(parent)
            parent = parent.getparent()
    return [el for el in found if el in inner and _norm(el.text_content())]


def _unit(author: HtmlElement, bearing: set[HtmlElement], counts: dict[HtmlElement, int]) -> HtmlElement | None:
    """The repeating unit above ``author``: the lowest ancestor whose parent holds another author-bearing child
    (``counts``: author-bearing children per parent, counted once)."""
    node = author
    while node.getparent() is not None:
        parent = node.getparent()
        if parent not in counts:
            counts[parent] = sum(child in bearing for child in parent)
        if counts[parent] >= 2:
            return parent if _header_before_replies(node, parent, bearing) else node
        node = parent
    return None


def _header_before_replies(node: HtmlElement, parent: HtmlElement, bearing: set[HtmlElement]) -> bool:
    """Whether ``node`` is only the header of the post ``parent``, whose other author-bearing children are its
    replies: a comment holding its header, its text and a container of replies side by side. Its unit is then
    the comment (the replies are units of their own, left out of its text), not the header alone. Headers that
    follow one another in a flat thread are no such case: each of the others says it is a header too."""
    if not (node.tag in ("header", "footer") or _HEADER_WORDS.search(box_marks(node))):
        return False
    others = [child for child in parent if child in bearing and child is not node]
    first = next(child for child in parent if child in bearing)
    return first is node and not any(
        other.tag in ("header", "footer") or _HEADER_WORDS.search(box_marks(other)) for other in others
    )


def _in_thread(unit: HtmlElement) -> bool:
    """Whether the unit or one of its nearest ancestors says it is a thread's (taxonomy classes such as
    ``category-open-thread`` on an article name its topic, not its place), and the unit holds no headline."""
    if next(unit.iter("h1"), None) is not None:
        return False
    node: HtmlElement | None = unit
    for _ in range(THREAD_REACH + 1):
        if node is None:
            return False
        marks = " ".join(token for token in box_marks(node).split() if not _TAXONOMY.match(token))
        if _THREAD_WORDS.search(marks) or _POST_TYPES.search(node.get("itemtype") or ""):
            return True
        node = node.getparent()
    return False


def _outside(unit: HtmlElement) -> bool:
    return any(
        node.tag in _OUTSIDE_TAGS or _OUTSIDE_WORDS.search(box_marks(node)) for node in unit.iterancestors()
    ) or bool(_OUTSIDE_WORDS.search(box_marks(unit)))


def _name(author: HtmlElement) -> str:
    text = _norm(author.text_content())
    if len(text) > MAX_NAME_CHARS:  # a header frame: its first child names the poster
        child = next((c for c in author if isinstance(c.tag, str) and _norm(c.text_content())), None)
        text = _norm(child.text_content()) if child is not None else ""
    else:
        verb = _FRAME_VERB.search(text)
        text = text[: verb.start()].strip() if verb else text
    return text.rstrip(":").strip() if 0 < len(text) <= MAX_NAME_CHARS else ""


def _header(author: HtmlElement, unit: HtmlElement) -> HtmlElement:
    """The post's header: the highest of ``author``'s ancestors below ``unit``, in an unbroken chain, that say
    they are a header, a meta line or the author's box (``footer.comment-meta`` around ``comment-author``)."""
    header = author
    for node in author.iterancestors():
        if node is unit or not (node.tag in ("header", "footer") or _HEADER_WORDS.search(box_marks(node))):
            break
        header = node
    return header


def _verb(header: HtmlElement) -> str:
    """The header frame's verb: at the header's end, before its date, or right after it ("<span
    itemprop=author>Name</span> wrote:")."""
    tail = _norm(header.tail or "")
    after = _FRAME_VERB.fullmatch(tail)
    if after is not None:
        return after.group(1)
    match = _FRAME_VERB.search(_norm(header.text_content()))
    if match is None:  # "Name says: 20 May 2020 at 1:31 pm": the verb stands before the date
        for element in header.iter():
            if isinstance(element.tag, str):
                match = _FRAME_VERB.search(_norm(element.text_content())) or match
    return match.group(1) if match else ""


def _own_chain(author: HtmlElement, unit: HtmlElement, bearing: set[HtmlElement]) -> list[HtmlElement]:
    """The elements whose marks are the post's own: the author's ancestors up to its unit, and the unit's parent
    when the unit is that parent's first child with an author (a comment's ``<li>`` around its body; not the
    ``<li>`` of the comment a reply answers)."""
    chain = []
    for node in author.iterancestors():
        chain.append(node)
        if node is unit:
            break
    parent = unit.getparent()
    if parent is not None and next((child for child in parent if child in bearing), None) is unit:
        chain.append(parent)
    return chain


def _not_text(element: HtmlElement) -> bool:
    """Whether an element of a post is no part of what the poster wrote (a quote, a signature, a vote …), judged
    token by token of its class: ``js-`` tokens are script hooks, not what a part is (XenForo's post text is
    ``message-body js-selectToQuote``), and a token that says it holds the text keeps it."""
    tokens = [t for t in (element.get("class") or "").lower().split() if not t.startswith("js-")]
    says_text = any(_TEXT_WORDS.search(token) for token in tokens)
    if element.tag in _NOT_TEXT_TAGS:
        return not (element.tag == "blockquote" and says_text)
    return any(_NOT_TEXT_WORDS.search(token) and not _TEXT_WORDS.search(token) for token in tokens)


def _written(unit: HtmlElement, skip: set[HtmlElement]) -> str:
    """What the poster wrote: the unit's text without ``skip`` (other units, the header) and the parts that are not
    the poster's text (quotes, signatures, votes, links to reply), paragraph by paragraph."""
    parts: list[str] = []

    def walk(element: HtmlElement) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            if child in skip or _not_text(child):
                parts.append(child.tail or "")
                continue
            parts.append("\n" if child.tag in _BREAK_TAGS else "")
            parts.append(child.text or "")
            walk(child)
            parts.append("\n" if child.tag in _BREAK_TAGS else "")
            parts.append(child.tail or "")

    parts.append(unit.text or "")
    walk(unit)
    lines = (_norm(line) for line in "".join(parts).split("\n"))
    return " ".join(line for line in lines if any(c.isalpha() for c in line))


def read_posts(tree: HtmlElement, page_author: str | None = None) -> list[Post]:
    """The posts of the page's thread in page order, or none when the page holds fewer than two.

    Args:
        tree: the parsed page (scripts and styles may be gone; comments must still be there).
        page_author: the page's author from its metadata: a post under that name is the page's own voice.
    """
    authors = _authors(tree)
    if len(authors) < 2:
        return []
    bearing = {node for author in authors for node in (author, *author.iterancestors())}
    units: dict[HtmlElement, HtmlElement] = {}  # unit -> its author
    counts: dict[HtmlElement, int] = {}
    for author in authors:
        unit = _unit(author, bearing, counts)
        if unit is not None and unit not in units and _in_thread(unit) and not _outside(unit):
            units[unit] = author
    if len(units) < 2:
        return []
    own_name = _norm(page_author or "").casefold()
    posts = []
    for unit, author in units.items():
        name = _name(author)
        header = _header(author, unit)
        nested = {other for other in unit.iterdescendants() if other in units}
        verb = _verb(header)
        text = _written(unit, nested | {header})
        if verb and _FRAME_VERB.fullmatch(_norm(header.tail or "")):  # the frame's verb is no part of the post
            text = text[len(_norm(header.tail or "")) :].strip()
        if not name or not text:
            continue
        tokens = {token for node in _own_chain(author, unit, bearing) for token in box_marks(node).split()}
        own = bool(tokens & _OWN_TOKENS) or name.casefold() == own_name or bool(_STAFF.search(name))
        poster = None if own else Poster(name, verb, FRAME_VERBS.get(verb.lower(), "post"))
        unit_text = _SPACE.sub("", unicodedata.normalize("NFKC", unit.text_content()))
        posts.append(Post(poster, text, unit_text))
    return posts if len(posts) >= 2 else []


def _piece(post: Post) -> Piece:
    if post.poster is None:
        return Piece("body", post.text)
    return Piece("body", post.poster.header + post.text, poster=post.poster)


def place_posts(result: Extraction, posts: list[Post], *, always: bool = False, news: bool = False) -> None:
    """Put each post in the extraction as one body paragraph, when the thread is the page's content: where
    trafilatura kept its paragraphs (which it replaces, header lines and vote counts too), or after the body when
    trafilatura kept none of it.

    The thread is the content when its posts hold more text than the article around them, and either trafilatura
    kept at least half of the posts as the page's content (a forum thread; a comment that quotes the article is no
    sign of that) or the article is a short note (at most :data:`SHORT_ARTICLE` characters) under a thread
    :data:`THREAD_WEIGHT` times as long (an open thread under a two-line post). Under a longer article the comments
    stand outside it, as reader comments under a news story or an essay do, and the extraction is left as it is
    unless ``always`` (``ExtractConfig.comments``) asks for every thread. So do comments under a page that declares
    itself a news article (``news``: :func:`declares_news_article`), however short it is.
    """
    if not posts:
        return
    owners = _owners(result.pieces, posts)
    thread = sum(len(post.text) for post in posts)
    article = sum(
        len(p.text) for p, owner in zip(result.pieces, owners, strict=True) if owner is None and p.role == "body"
    )
    kept = {
        owner
        for p, owner in zip(result.pieces, owners, strict=True)
        if owner is not None and len(_key(p.text)) >= MIN_ANCHOR_CHARS
    }
    in_body = len(kept) * 2 >= len(posts)
    short_note = not news and article <= SHORT_ARTICLE and thread >= THREAD_WEIGHT * article
    content = thread > article and (in_body or short_note)
    if not (always or content):
        return
    if not in_body:
        # the thread stands apart: its posts follow the body, whose paragraphs all stay (a comment may quote one)
        owners = [None] * len(owners)
    pieces: list[Piece] = []
    placed = 0  # posts placed so far, in page order
    for piece, owner in zip(result.pieces, owners, strict=True):
        if owner is None:
            pieces.append(piece)
            continue
        while placed <= owner:
            pieces.append(_piece(posts[placed]))
            placed += 1
    last_body = max((k for k, piece in enumerate(pieces) if piece.role == "body"), default=len(pieces) - 1)
    pieces[last_body + 1 : last_body + 1] = [_piece(post) for post in posts[placed:]]
    result.pieces = pieces


def _owners(pieces: list[Piece], posts: list[Post]) -> list[int | None]:
    """Per kept paragraph, the post it is part of (in page order: a paragraph belongs to the post of the one
    before it or to a later one), or ``None``. A short paragraph (a vote count) belongs to a post only after a
    longer one did."""
    owners: list[int | None] = []
    current: int | None = None
    for piece in pieces:
        key = _key(piece.text)
        found = None
        if piece.role in ("body", "quote") and key and (current is not None or len(key) >= MIN_ANCHOR_CHARS):
            start = current if current is not None else 0
            found = next((k for k in range(start, len(posts)) if key in posts[k].unit_text), None)
        owners.append(found)
        current = found if found is not None else current
    return owners
