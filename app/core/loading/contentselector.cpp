#include "contentselector.h"

#include <QStringView>

#include <algorithm>
#include <array>

namespace parallax {

namespace {

using namespace std::string_view_literals;

constexpr int HintScore = 25;
constexpr qsizetype MinParagraphChars = 25;
constexpr double MaxLinkDensity = 0.5;

// Matched anywhere inside a class or id ("article-body", "sidebarLeft").
constexpr std::array<std::u16string_view, 12> PositiveParts = {
    u"article", u"content", u"story", u"body",   u"post",  u"entry",
    u"main",    u"text",    u"blog",  u"hentry", u"prose", u"headline",
};
// Screen-reader-only labels ("Opens in a new window") are hidden by class.
// Bootstrap's "hidden-xs" hides on small screens only, so "hidden" alone is no hint.
constexpr std::array<std::u16string_view, 42> NegativeParts = {
    u"comment",  u"footer",    u"header",  u"sidebar",         u"share",      u"sharing",
    u"social",   u"related",   u"promo",   u"banner",          u"subscri",    u"newsletter",
    u"cookie",   u"consent",   u"gdpr",    u"advert",          u"sponsor",    u"widget",
    u"popup",    u"modal",     u"menu",    u"breadcrumb",      u"pagination", u"navigation",
    u"navbar",   u"outbrain",  u"taboola", u"recirc",          u"trending",   u"popular",
    u"signup",   u"login",     u"toolbar", u"masthead",        u"disqus",     u"recommend",
    u"readmore", u"read-more", u"paywall", u"visually-hidden", u"sr-only",    u"screen-reader",
};
// Matched as whole words only: too short to match inside other words.
constexpr std::array<std::u16string_view, 12> NegativeWords = {
    u"ad", u"ads", u"adv", u"nav", u"aside", u"foot", u"rail", u"more", u"tools", u"print", u"tags", u"tag",
};
constexpr std::array<std::u16string_view, 10> NegativeRoles = {
    u"navigation", u"banner",  u"contentinfo", u"complementary", u"search",
    u"menu",       u"menubar", u"dialog",      u"alertdialog",   u"form",
};

// Whole blocks that are controls or labels, never content.
constexpr std::array<std::u16string_view, 26> BoilerplatePhrases = {
    u"advertisement",
    u"advert",
    u"sponsored content",
    u"share",
    u"share this",
    u"share this article",
    u"share this story",
    u"tweet",
    u"email",
    u"print",
    u"skip to content",
    u"skip to main content",
    u"read more",
    u"continue reading",
    u"related",
    u"related articles",
    u"related stories",
    u"comments",
    u"subscribe",
    u"sign up",
    u"log in",
    u"menu",
    u"search",
    u"close",
    u"back to top",
    u"most read",
};

template<size_t N> bool containsAny(QStringView text, const std::array<std::u16string_view, N> &parts)
{
    return std::any_of(parts.begin(), parts.end(), [text](std::u16string_view part) {
        return text.contains(QStringView(part.data(), qsizetype(part.size())));
    });
}

template<size_t N> bool isOneOf(QStringView text, const std::array<std::u16string_view, N> &words)
{
    return std::any_of(words.begin(), words.end(), [text](std::u16string_view word) {
        return text == QStringView(word.data(), qsizetype(word.size()));
    });
}

bool hasNegativeWord(QStringView hints)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= hints.size(); ++i) {
        if (i == hints.size() || !hints[i].isLetterOrNumber()) {
            if (i > start && isOneOf(hints.sliced(start, i - start), NegativeWords))
                return true;
            start = i + 1;
        }
    }
    return false;
}

int tagWeight(std::string_view tag)
{
    if (tag == "article"sv)
        return 30;
    if (tag == "main"sv)
        return 20;
    if (tag == "div"sv)
        return 5;
    if (tag == "pre"sv || tag == "td"sv || tag == "blockquote"sv || tag == "section"sv)
        return 3;
    if (tag == "address"sv || tag == "ol"sv || tag == "ul"sv || tag == "dl"sv || tag == "dd"sv
        || tag == "dt"sv || tag == "li"sv || tag == "form"sv)
        return -3;
    if ((tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') || tag == "th"sv)
        return -5;
    if (tag == "nav"sv || tag == "aside"sv || tag == "footer"sv || tag == "header"sv || tag == "menu"sv)
        return -25;
    return 0;
}

// Elements whose text is a paragraph of their parent's content rather than
// a container of paragraphs.
bool isContainerTag(std::string_view tag)
{
    return tag == "div"sv || tag == "section"sv || tag == "article"sv || tag == "main"sv || tag == "body"sv
        || tag.empty();
}

bool isHeading(std::string_view tag)
{
    return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

bool isBoilerplatePhrase(QStringView text)
{
    if (text.size() > 30)
        return false;
    QString folded = text.toString().toLower();
    while (!folded.isEmpty() && !folded.back().isLetterOrNumber())
        folded.chop(1);
    return isOneOf(QStringView(folded), BoilerplatePhrases);
}

struct Totals
{
    qsizetype chars = 0;
    qsizetype linkChars = 0;
    double linkDensity() const { return chars > 0 ? double(linkChars) / double(chars) : 0.0; }
};

int commas(QStringView text)
{
    int count = 0;
    for (const QChar c : text)
        count += c == u',' || c == QChar(0xFF0C) || c == QChar(0x3001) || c == QChar(0x060C);
    return count;
}

class Selection
{
public:
    Selection(const HtmlDocument &document, const QString &headline)
        : m_document(document)
        , m_headline(headline.simplified())
        , m_elements(document.elements.size())
    {
        analyzeElements();
    }

    std::vector<int> run()
    {
        if (m_document.elements.empty() || m_document.blocks.empty())
            return {};
        scoreParagraphs();
        const int top = topCandidate();
        std::vector<char> roots(m_document.elements.size(), 0);
        for (const int root : contentRoots(top))
            roots[size_t(root)] = 1;
        std::vector<int> selected = blocksUnder(roots);
        if (selected.empty())
            selected = plainBlocks();
        if (selected.empty()) {
            for (int i = 0; i < int(m_document.blocks.size()); ++i)
                selected.push_back(i);
        }
        prependHeadline(selected);
        return selected;
    }

private:
    struct ElementState
    {
        Totals totals;
        int hint = 0;
        bool boilerplate = false; // the element itself
        bool inBoilerplate = false; // it or an ancestor
        bool insideArticle = false; // within <article>/<main> (or is one)
        bool holdsArticle = false; // contains an <article>/<main>: never boilerplate
        bool scored = false;
        double score = 0.0;
        std::vector<int> children;
        int firstBlock = -1; // first block the element owns directly
    };

    const HtmlElement &element(int index) const { return m_document.elements[size_t(index)]; }
    ElementState &state(int index) { return m_elements[size_t(index)]; }
    const ElementState &state(int index) const { return m_elements[size_t(index)]; }

    void analyzeElements()
    {
        for (int i = 0; i < int(m_document.blocks.size()); ++i) {
            const HtmlBlock &block = m_document.blocks[size_t(i)];
            if (block.owner >= 0 && state(block.owner).firstBlock < 0)
                state(block.owner).firstBlock = i;
            for (int e = block.owner; e >= 0; e = element(e).parent) {
                state(e).totals.chars += block.text.size();
                state(e).totals.linkChars += block.linkChars;
            }
        }
        const int count = int(m_document.elements.size());
        for (int e = count - 1; e >= 0; --e) {
            const std::string_view tag = element(e).tag;
            const bool articleLike = tag == "article"sv || tag == "main"sv || element(e).role == u"main";
            if (articleLike || state(e).holdsArticle) {
                if (element(e).parent >= 0)
                    state(element(e).parent).holdsArticle = true;
            }
        }
        for (int e = 0; e < count; ++e) {
            const HtmlElement &el = element(e);
            ElementState &st = state(e);
            const std::string_view tag = el.tag;
            const int parent = el.parent;
            st.insideArticle
                = tag == "article"sv || tag == "main"sv || (parent >= 0 && state(parent).insideArticle);
            st.hint = ContentSelector::hintWeight(el);
            const bool negativeTag = tag == "nav"sv || tag == "aside"sv || tag == "footer"sv
                || tag == "menu"sv || (tag == "header"sv && !st.insideArticle);
            st.boilerplate
                = !st.holdsArticle && tag != "body"sv && tag != "html"sv && (negativeTag || st.hint < 0);
            st.inBoilerplate = st.boilerplate || (parent >= 0 && state(parent).inBoilerplate);
            if (parent >= 0)
                state(parent).children.push_back(e);
        }
    }

    void addScore(int e, double score)
    {
        ElementState &st = state(e);
        if (!st.scored) {
            st.scored = true;
            st.score = tagWeight(element(e).tag) + st.hint;
        }
        st.score += score;
    }

    void scoreParagraphs()
    {
        for (const HtmlBlock &block : m_document.blocks) {
            if (block.text.size() < MinParagraphChars || block.owner < 0 || state(block.owner).inBoilerplate)
                continue;
            const double score = 1.0 + commas(block.text) + std::min<qsizetype>(block.text.size() / 100, 3);
            int e = isContainerTag(element(block.owner).tag) ? block.owner : element(block.owner).parent;
            for (int level = 0; e >= 0 && level < 5; ++level, e = element(e).parent) {
                const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
                addScore(e, score / divider);
            }
        }
    }

    double finalScore(int e) const { return state(e).score * (1.0 - state(e).totals.linkDensity()); }

    int topCandidate() const
    {
        int top = -1;
        for (int e = 0; e < int(m_document.elements.size()); ++e) {
            if (state(e).scored && (top < 0 || finalScore(e) > finalScore(top)))
                top = e;
        }
        return top;
    }

    // The top candidate and those of its siblings that look like more of the same.
    std::vector<int> contentRoots(int top) const
    {
        if (top < 0)
            return {m_document.body >= 0 ? m_document.body : 0};
        const int parent = element(top).parent;
        if (parent < 0 || top == m_document.body)
            return {top};
        const double topScore = finalScore(top);
        const double threshold = std::max(10.0, topScore * 0.2);
        std::vector<int> roots;
        for (const int sibling : state(parent).children) {
            if (sibling == top) {
                roots.push_back(sibling);
                continue;
            }
            const ElementState &st = state(sibling);
            if (st.boilerplate)
                continue;
            const bool sameClass
                = !element(sibling).hints.isEmpty() && element(sibling).hints == element(top).hints;
            const double bonus = sameClass ? topScore * 0.2 : 0.0;
            if (st.scored && finalScore(sibling) + bonus >= threshold) {
                roots.push_back(sibling);
            } else if (element(sibling).tag == "p"sv) {
                const double density = st.totals.linkDensity();
                if ((st.totals.chars > 80 && density < 0.25)
                    || (st.totals.chars > 0 && density == 0.0 && endsSentence(sibling)))
                    roots.push_back(sibling);
            }
        }
        return roots;
    }

    bool endsSentence(int e) const
    {
        const int first = state(e).firstBlock;
        if (first < 0)
            return false;
        const QString &text = m_document.blocks[size_t(first)].text;
        return text.endsWith(u'.') || text.contains(QStringView(u". "));
    }

    // Blocks inside a root, without boilerplate on the way down to them.
    std::vector<int> blocksUnder(const std::vector<char> &roots) const
    {
        std::vector<int> result;
        for (int i = 0; i < int(m_document.blocks.size()); ++i) {
            const HtmlBlock &block = m_document.blocks[size_t(i)];
            if (block.owner >= 0 && keepBlock(block, roots))
                result.push_back(i);
        }
        return result;
    }

    // Last resort for pages the scoring makes nothing of: every block that is
    // neither boilerplate nor mostly links.
    std::vector<int> plainBlocks() const
    {
        std::vector<int> result;
        for (int i = 0; i < int(m_document.blocks.size()); ++i) {
            const HtmlBlock &block = m_document.blocks[size_t(i)];
            if (block.owner >= 0 && !state(block.owner).inBoilerplate && keepBlockText(block))
                result.push_back(i);
        }
        return result;
    }

    bool keepBlockText(const HtmlBlock &block) const
    {
        const bool heading = isHeading(element(block.owner).tag);
        const double density
            = block.text.isEmpty() ? 0.0 : double(block.linkChars) / double(block.text.size());
        return (heading || density <= MaxLinkDensity) && !isBoilerplatePhrase(block.text);
    }

    bool keepBlock(const HtmlBlock &block, const std::vector<char> &roots) const
    {
        if (!keepBlockText(block))
            return false;
        for (int e = block.owner; e >= 0; e = element(e).parent) {
            const bool root = roots[size_t(e)] != 0;
            if (state(e).boilerplate)
                return false;
            if (root)
                return true;
            if (e != block.owner && state(e).totals.linkDensity() > MaxLinkDensity)
                return false;
        }
        return false;
    }

    // The page's headline often sits in a header above the article body: the
    // first <h1>, or else a heading that reads like the page's title.
    void prependHeadline(std::vector<int> &selected) const
    {
        if (selected.empty())
            return;
        int found = -1;
        for (int i = 0; i < selected.front() && found < 0; ++i) {
            const HtmlBlock &block = m_document.blocks[size_t(i)];
            if (block.owner >= 0 && element(block.owner).tag == "h1"sv && !state(block.owner).inBoilerplate)
                found = i;
        }
        for (int i = 0; i < selected.front() && found < 0 && !m_headline.isEmpty(); ++i) {
            const HtmlBlock &block = m_document.blocks[size_t(i)];
            if (block.owner >= 0 && isHeading(element(block.owner).tag) && !state(block.owner).inBoilerplate
                && block.text.simplified().compare(m_headline, Qt::CaseInsensitive) == 0)
                found = i;
        }
        if (found >= 0)
            selected.insert(selected.begin(), found);
    }

    const HtmlDocument &m_document;
    const QString m_headline;
    std::vector<ElementState> m_elements;
};

} // namespace

int ContentSelector::hintWeight(const HtmlElement &element)
{
    int weight = 0;
    const QStringView hints(element.hints);
    if (!hints.isEmpty()) {
        if (containsAny(hints, PositiveParts))
            weight += HintScore;
        if (containsAny(hints, NegativeParts) || hasNegativeWord(hints))
            weight -= HintScore;
    }
    if (element.role == u"main" || element.role == u"article")
        weight += HintScore;
    else if (isOneOf(QStringView(element.role), NegativeRoles))
        weight -= HintScore;
    return weight;
}

std::vector<int> ContentSelector::select(const HtmlDocument &document, const QString &headline) const
{
    return Selection(document, headline).run();
}

} // namespace parallax
