#include "clusterbuilder.h"

#include <algorithm>
#include <tuple>

namespace parallax {

namespace {

struct Group
{
    int core = -1; // flat position
    std::vector<int> members; // flat positions
    bool alive = true;
};

class Builder
{
public:
    explicit Builder(const std::vector<int> &sentenceCounts)
    {
        m_offsets.resize(sentenceCounts.size() + 1, 0);
        for (size_t d = 0; d < sentenceCounts.size(); ++d)
            m_offsets[d + 1] = m_offsets[d] + sentenceCounts[d];
        m_groupOf.assign(size_t(m_offsets.back()), -1);
        m_degree.assign(size_t(m_offsets.back()), 0);
        m_partners.resize(size_t(m_offsets.back()));
    }

    int flat(SentenceRef ref) const { return m_offsets[size_t(ref.document)] + ref.sentence; }

    SentenceRef ref(int position) const
    {
        const auto next = std::upper_bound(m_offsets.begin(), m_offsets.end(), position);
        const int document = int(next - m_offsets.begin()) - 1;
        return {document, position - m_offsets[size_t(document)]};
    }

    void addLink(int x, int y)
    {
        ++m_degree[size_t(x)];
        ++m_degree[size_t(y)];
        m_partners[size_t(x)].push_back(y);
        m_partners[size_t(y)].push_back(x);
    }

    void sortPartners()
    {
        for (std::vector<int> &partners : m_partners)
            std::sort(partners.begin(), partners.end());
    }

    // The better core of two sentences: more links, then the smaller position.
    int strongerOf(int x, int y) const
    {
        if (m_degree[size_t(x)] != m_degree[size_t(y)])
            return m_degree[size_t(x)] > m_degree[size_t(y)] ? x : y;
        return std::min(x, y);
    }

    void take(int x, int y)
    {
        const int gx = m_groupOf[size_t(x)];
        const int gy = m_groupOf[size_t(y)];
        if (gx < 0 && gy < 0)
            found({x, y}, strongerOf(x, y));
        else if (gx >= 0 && gy < 0)
            join(gx, x, y);
        else if (gy >= 0 && gx < 0)
            join(gy, y, x);
        else if (gx != gy && isCore(gx, x) && isCore(gy, y))
            tryMerge(gx, gy);
    }

    void finishSingles()
    {
        for (int position = 0; position < int(m_groupOf.size()); ++position) {
            if (m_degree[size_t(position)] > 0 && m_groupOf[size_t(position)] < 0)
                found({position}, position);
        }
    }

    ClusterBuilder::Result result() const
    {
        ClusterBuilder::Result out;
        for (size_t d = 0; d + 1 < m_offsets.size(); ++d)
            out.clusterOf.emplace_back(size_t(m_offsets[d + 1] - m_offsets[d]), -1);
        for (const Group &group : m_groups) {
            if (!group.alive)
                continue;
            Cluster cluster;
            std::vector<int> members = group.members;
            std::sort(members.begin(), members.end());
            cluster.id = members.front();
            for (const int position : members) {
                const SentenceRef member = ref(position);
                cluster.members.push_back(member);
                out.clusterOf[size_t(member.document)][size_t(member.sentence)] = cluster.id;
            }
            out.clusters.push_back(std::move(cluster));
        }
        std::sort(out.clusters.begin(), out.clusters.end(),
                  [](const Cluster &x, const Cluster &y) { return x.id < y.id; });
        return out;
    }

private:
    bool isCore(int group, int position) const { return m_groups[size_t(group)].core == position; }

    void found(std::vector<int> members, int core)
    {
        for (const int position : members)
            m_groupOf[size_t(position)] = int(m_groups.size());
        m_groups.push_back({core, std::move(members), true});
    }

    // `outsider` joins `group` only through a partner that is, or can become,
    // the group's core: linked to every member. Promoting such a partner keeps
    // every member linked to the core, and lets a well-linked sentence gather a
    // claim that an earlier, stronger pair happened to start.
    void join(int group, int partner, int outsider)
    {
        if (!isCore(group, partner)) {
            if (!allLinkedTo(group, partner))
                return;
            m_groups[size_t(group)].core = partner;
        }
        m_groups[size_t(group)].members.push_back(outsider);
        m_groupOf[size_t(outsider)] = group;
    }

    bool linked(int x, int y) const
    {
        const std::vector<int> &partners = m_partners[size_t(x)];
        return std::binary_search(partners.begin(), partners.end(), y);
    }

    // Whether every member of `group` is `core` or linked to it.
    bool allLinkedTo(int group, int core) const
    {
        const std::vector<int> &members = m_groups[size_t(group)].members;
        return std::all_of(members.begin(), members.end(),
                           [&](int position) { return position == core || linked(position, core); });
    }

    // Two clusters whose cores are linked merge only when one of the cores is
    // linked to every member of both (merging on the cores' link alone would
    // chain: A~B(core)~C(core)~D would pull A and D together).
    void tryMerge(int gx, int gy)
    {
        Group &x = m_groups[size_t(gx)];
        Group &y = m_groups[size_t(gy)];
        const int first = strongerOf(x.core, y.core);
        const int second = first == x.core ? y.core : x.core;
        int core = -1;
        for (const int candidate : {first, second}) {
            if (core < 0 && allLinkedTo(gx, candidate) && allLinkedTo(gy, candidate))
                core = candidate;
        }
        if (core < 0)
            return;
        for (const int position : y.members)
            m_groupOf[size_t(position)] = gx;
        x.members.insert(x.members.end(), y.members.begin(), y.members.end());
        x.core = core;
        y.members.clear();
        y.alive = false;
    }

    std::vector<int> m_offsets;
    std::vector<int> m_groupOf; // flat position -> group index
    std::vector<int> m_degree; // links per flat position
    std::vector<std::vector<int>> m_partners; // linked flat positions, sorted
    std::vector<Group> m_groups;
};

} // namespace

ClusterBuilder::Result ClusterBuilder::build(const std::vector<int> &sentenceCounts,
                                             const std::vector<Link> &links)
{
    Builder builder(sentenceCounts);
    for (const Link &link : links)
        builder.addLink(builder.flat(link.a), builder.flat(link.b));
    builder.sortPartners();

    // Strongest first. Sorted as small keys of their own rather than through
    // indices into the links: a third of the size, and no jumping around.
    struct Strength
    {
        Relation relation;
        double score;
        SentenceRef a;
        SentenceRef b;
    };
    std::vector<Strength> order;
    order.reserve(links.size());
    for (const Link &link : links)
        order.push_back({link.relation, link.score, link.a, link.b});
    std::sort(order.begin(), order.end(), [](const Strength &x, const Strength &y) {
        if (x.relation != y.relation)
            return x.relation > y.relation;
        if (x.score != y.score)
            return x.score > y.score;
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    for (const Strength &link : order)
        builder.take(builder.flat(link.a), builder.flat(link.b));
    builder.finishSingles();
    return builder.result();
}

} // namespace parallax
