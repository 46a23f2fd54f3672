"""Posts of forum and comment threads: each post one body paragraph opened by its header frame, with its poster
(issue #18). Hand-made pages with invented names."""

from __future__ import annotations

import pytest

from sift.document import Poster
from sift.extract import ExtractConfig, extract_page
from sift.extract.parse import parse_html
from sift.extract.posts import read_posts


def _comment(number: int, name: str, verb: str, text: str, extra: str = "") -> str:
    """A WordPress comment: ``li.comment > article.comment-body``, a ``comment-author vcard`` header with ``fn`` and
    ``says``, a date, the text in ``comment-content`` and a reply link."""
    return f"""
      <li class="comment even thread-even depth-1 {extra}" id="comment-{number}">
        <article id="div-comment-{number}" class="comment-body">
          <footer class="comment-meta">
            <div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">{verb}</span></div>
            <div class="comment-metadata"><a href="#c{number}"><time>2. März 2021 um 9:1{number} Uhr</time></a></div>
          </footer>
          <div class="comment-content"><p>{text}</p></div>
          <div class="reply"><a class="comment-reply-link" href="#">Antworten</a></div>
        </article>
      </li>"""


def _blog(article: str, comments: str, author: str = "Redakteurin Mara") -> str:
    return f"""<html><head><title>Neue Regeln für Balkonkraftwerke</title>
      <meta name="author" content="{author}"></head><body>
      <article class="post-7 post type-post category-open-thread">
        <h1>Neue Regeln für Balkonkraftwerke</h1>
        <span class="author vcard"><a class="url fn n" href="#">{author}</a></span>
        {article}
      </article>
      <div id="comments" class="comments-area"><h2 class="comments-title">3 Gedanken</h2>
        <ol class="comment-list">{comments}</ol>
      </div>
      <aside class="widget recent-comments"><ul>
        <li><span class="comment-author-link">Ferdinand Quast</span> bei <a href="#">Neue Regeln</a></li>
        <li><span class="comment-author-link">Ottilie Brand</span> bei <a href="#">Alte Regeln</a></li>
      </ul></aside>
    </body></html>"""


THREAD = "".join(
    (
        _comment(
            1, "Ferdinand Quast", "sagt:", "Bei uns hat der Netzbetreiber die Anmeldung in zwei Wochen bestätigt."
        ),
        _comment(2, "Ottilie Brand", "sagt:", "Wie lange dauert die Anmeldung bei den Stadtwerken?"),
        _comment(
            3,
            "Redakteurin Mara",
            "sagt:",
            "Das hängt vom Netzbetreiber ab, meist aber nur wenige Tage.",
            "bypostauthor",
        ),
        _comment(
            4,
            "Bruno Fenn",
            "sagt:",
            "Wir haben unser Modul im Herbst angemeldet und die Bestätigung kam nach drei Wochen per Post. "
            "Der Zähler wurde danach kostenlos getauscht.",
        ),
    )
)


def test_comments_under_a_short_post_are_posts_with_their_header_frame() -> None:
    html = _blog("<p>Ab Montag gelten neue Regeln. Was sind eure Erfahrungen?</p>", THREAD)
    result = extract_page(html, "text/html", ExtractConfig())
    posts = [(piece.text, piece.poster) for piece in result.pieces if piece.text.startswith(("Ferdinand", "Ottilie"))]
    assert posts == [
        (
            "Ferdinand Quast sagt: Bei uns hat der Netzbetreiber die Anmeldung in zwei Wochen bestätigt.",
            Poster("Ferdinand Quast", "sagt", "sagen"),
        ),
        (
            "Ottilie Brand sagt: Wie lange dauert die Anmeldung bei den Stadtwerken?",
            Poster("Ottilie Brand", "sagt", "sagen"),
        ),
    ]
    # the page's own author answers in its own voice: kept, without a poster; dates and reply links are no text
    own = [piece for piece in result.pieces if "Netzbetreiber ab" in piece.text]
    assert [(piece.text, piece.poster) for piece in own] == [
        ("Das hängt vom Netzbetreiber ab, meist aber nur wenige Tage.", None)
    ]
    assert not any("Antworten" in piece.text or "9:1" in piece.text for piece in result.pieces)


@pytest.mark.parametrize(
    "declared",
    [
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle"}</script>',
        '<div itemscope itemtype="http://schema.org/ReportageNewsArticle"></div>',
    ],
)
def test_comments_under_a_short_news_article_stay_outside_it(declared: str) -> None:
    # a four-paragraph news item under 34 reader comments was read as a thread that is the page's content
    # (scrapinghub: F 1.0 -> 0.12); a page that declares itself a news article keeps its comments out
    html = _blog("<p>Ab Montag gelten neue Regeln. Was sind eure Erfahrungen?</p>", THREAD).replace(
        "</head>", f"{declared}</head>"
    )
    result = extract_page(html, "text/html", ExtractConfig())
    assert not any(piece.poster for piece in result.pieces)
    assert not any("Ferdinand Quast" in piece.text for piece in result.pieces)
    asked = extract_page(html, "text/html", ExtractConfig(comments=True))
    assert any(piece.poster for piece in asked.pieces)


def test_comments_under_a_long_article_stay_outside_it() -> None:
    article = "".join(
        f"<p>Absatz {n}: Die Bundesnetzagentur hat die Regeln für kleine Anlagen geändert.</p>" for n in range(30)
    )
    result = extract_page(_blog(article, THREAD), "text/html", ExtractConfig())
    assert not any(piece.poster for piece in result.pieces)
    assert not any("Ferdinand Quast" in piece.text for piece in result.pieces)
    # asked for, the thread under the article is read too, after the article, whose paragraphs all stay (even one
    # a comment quotes)
    quoting = _comment(
        5,
        "Kai Lomb",
        "sagt:",
        "Zitat: Absatz 3: Die Bundesnetzagentur hat die Regeln für kleine Anlagen geändert. Stimmt.",
    )
    asked = extract_page(_blog(article, THREAD + quoting), "text/html", ExtractConfig(comments=True))
    posters = [piece.poster.name for piece in asked.pieces if piece.poster is not None]
    assert posters == ["Ferdinand Quast", "Ottilie Brand", "Bruno Fenn", "Kai Lomb"]
    assert sum(piece.text.startswith("Absatz") for piece in asked.pieces) == 30
    assert asked.pieces[-1].poster == Poster("Kai Lomb", "sagt", "sagen")


def test_a_byline_an_author_box_and_a_list_of_articles_are_no_thread() -> None:
    html = """<html><body>
      <article><h1>Hafen erweitert</h1><p class="byline">Von <span class="author">Jonas Weidenfeld</span></p>
        <p>Der Hafen wird erweitert, sagte die Senatorin am Montag.</p>
        <div class="author-box"><span class="author-name">Jonas Weidenfeld</span><p>schreibt über Häfen.</p></div>
      </article>
      <ul class="more-stories">
        <li class="post"><h3>Schleuse</h3><span class="author">Pia Olm</span><p>Die Schleuse ist saniert.</p></li>
        <li class="post"><h3>Fähre fährt</h3><span class="author">Ida Rehm</span><p>Die Fähre fährt wieder.</p></li>
      </ul></body></html>"""
    assert read_posts(parse_html(html)) == []
    result = extract_page(html, "text/html", ExtractConfig())
    assert not any(piece.poster for piece in result.pieces)


def test_microdata_comments_name_their_posters() -> None:
    comments = "".join(
        f"""<div itemscope itemtype="https://schema.org/Comment" class="note">
              <span itemprop="author">{name}</span> wrote:
              <div itemprop="text"><p>{text}</p></div></div>"""
        for name, text in (
            ("Wendell Marsh", "The bridge closed for repairs in 2019 and reopened last spring."),
            ("Corinna Vale", "Our ferry ran every hour during the closure."),
        )
    )
    html = f"""<html><body><article><h1>Bridge reopens</h1><p>The bridge is open again.</p></article>
      <section class="responses">{comments}</section></body></html>"""
    posts = read_posts(parse_html(html))
    assert [(post.poster, post.text) for post in posts] == [
        (Poster("Wendell Marsh", "wrote", "write"), "The bridge closed for repairs in 2019 and reopened last spring."),
        (Poster("Corinna Vale", "wrote", "write"), "Our ferry ran every hour during the closure."),
    ]


def test_forum_posts_kept_in_the_body_replace_their_header_and_vote_lines() -> None:
    """A forum page whose posts trafilatura keeps as the content, each with a bare "name date time" header, a vote
    count, a quoted earlier post and a signature: each post becomes one paragraph "name: text"."""
    posts = "".join(
        f"""<div class="ForumComment" id="post{n}"><div class="CommentInformation">
              <span class="CommentAccountName">{name}</span><span class="CommentTime">0{n}.10.19 12:4{n}</span></div>
            <div class="CommentText">{quote}<p>{text}</p></div>
            <div class="CommentSlogan">Wer früher stirbt, ist länger tot.</div>
            <div class="CommentVote">Hilfreich? +{n}</div></div>"""
        for n, (name, quote, text) in enumerate(
            (
                ("kiesel42", "", "Seit dem Update lädt der Store über Mobilfunk nicht mehr, nur im WLAN geht es noch."),
                ("Mira K.", '<blockquote class="quote">Seit dem Update lädt der Store</blockquote>',
                 "Bei mir dasselbe, mit einem anderen Anbieter auch: es liegt also nicht am Netz."),
                ("ostwind", "", "Gibt es schon eine Lösung?"),
            )
        )
    )  # fmt: skip
    html = f"""<html><body><div id="main"><h1>Store lädt nicht über Mobilfunk</h1>
      <div class="Thread">{posts}</div></div></body></html>"""
    result = extract_page(html, "text/html", ExtractConfig())
    texts = [(piece.text, piece.poster) for piece in result.pieces if piece.poster is not None]
    assert texts == [
        (
            "kiesel42: Seit dem Update lädt der Store über Mobilfunk nicht mehr, nur im WLAN geht es noch.",
            Poster("kiesel42"),
        ),
        ("Mira K.: Bei mir dasselbe, mit einem anderen Anbieter auch: es liegt also nicht am Netz.", Poster("Mira K.")),
        ("ostwind: Gibt es schon eine Lösung?", Poster("ostwind")),
    ]
    assert not any("länger tot" in piece.text or "Hilfreich" in piece.text for piece in result.pieces)


def test_a_blocks_poster_survives_the_json_round_trip() -> None:
    from sift.document import Block, Document, Source

    doc = Document(id="t", source=Source(kind="text", location="t", sha256=""))
    poster = Poster("Ferdinand Quast", "sagt", "sagen")
    doc.blocks = [Block("b0", "body", poster.header + "Es geht."), Block("b1", "body", "Ohne Poster.")]
    doc.blocks[0].poster = poster
    again = Document.from_json(doc.to_json())
    assert [block.poster for block in again.blocks] == [poster, None]
    assert "poster" not in doc.to_dict()["blocks"][1]  # documents without threads keep their old shape


def _nested_comment(name: str, text: str, replies: str = "") -> str:
    held = f'<div class="comment-replies">{replies}</div>' if replies else ""
    return (
        f'<div class="comment"><div class="comment-header"><span class="author">{name}</span> <span class="date">1 May'
        f'</span></div><div class="comment-text"><p>{text}</p></div>{held}</div>'
    )


def test_a_comment_with_replies_keeps_its_own_text() -> None:
    # a comment holding its header, its text and its replies side by side was read as its header alone: Alice, who
    # has a reply, vanished or became the paragraph "Alice: Alice" (review33)
    bob = _nested_comment("Bob", "Bob answers twelve.")
    alice = _nested_comment("Alice", "Alice states the tax rose by forty percent.", bob)
    carol = _nested_comment("Carol", "Carol adds May.")
    html = f"<html><body><h1>T</h1><p>Short.</p><section id='comments'>{alice}{carol}"
    posts = read_posts(parse_html(html + "</section></body></html>"))
    assert [(post.poster.name if post.poster else None, post.text) for post in posts] == [
        ("Alice", "Alice states the tax rose by forty percent."),
        ("Bob", "Bob answers twelve."),
        ("Carol", "Carol adds May."),
    ]


FORUM_TEXTS = (
    ("Alice", "The council raised the water price by forty percent last year."),
    ("Bob", "That is wrong, the increase was twelve percent according to the bill."),
)


def _xenforo(name: str, text: str) -> str:
    return (
        '<article class="message message--post js-post"><div class="message-inner"><div class="message-cell '
        'message-cell--user"><section class="message-user"><div class="message-userDetails"><h4 class="message-name">'
        f'<a href="/m/1" class="username">{name}</a></h4></div></section></div><div class="message-cell '
        'message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution"><time>'
        'Jan 1</time></header><div class="message-content js-messageContent"><div class="message-userContent '
        'lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">'
        f"{text}</div></article></div></div></div></div></div></article>"
    )


def _vbulletin(name: str, text: str) -> str:
    return (
        '<li class="postbitlegacy postbitim postcontainer"><div class="posthead"><span class="postdate"><span '
        'class="date">Today</span></span></div><div class="postdetails"><div class="userinfo"><div '
        f'class="username_container"><a class="username offline popupctrl" href="/m">{name}</a></div></div><div '
        'class="postbody"><div class="postrow"><div class="content"><div id="post_message_1"><blockquote '
        f'class="postcontent restore ">{text}</blockquote></div></div></div></div></div></li>'
    )


def test_xenforo_and_vbulletin_post_bodies_are_the_posters_text() -> None:
    # XenForo's body is "message-body js-selectToQuote" (a script hook, no quote) and vBulletin 4's text stands in
    # a blockquote.postcontent: both threads gave no posts (review33)
    xenforo = '<div class="block-body js-replyNewMessageContainer">' + "".join(_xenforo(*p) for p in FORUM_TEXTS)
    vbulletin = '<ol id="posts" class="posts">' + "".join(_vbulletin(*p) for p in FORUM_TEXTS) + "</ol>"
    for thread in (xenforo + "</div>", vbulletin):
        posts = read_posts(parse_html(f"<html><body>{thread}</body></html>"))
        assert [(post.poster.name if post.poster else None, post.text) for post in posts] == list(FORUM_TEXTS)
