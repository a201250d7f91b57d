#pragma once

#include <QString>

namespace parallax {

// Publication dates as pages and front matter write them → ISO 8601.
class DateNormalizer
{
public:
    // "2018-05-17T10:30:00+03:00", "2018-05-17 10:30:00", "Thu, 17 May 2018
    // 10:30:00 GMT", "May 17, 2018" → ISO 8601; anything unparseable comes back
    // trimmed, as found.
    static QString normalize(const QString &date);
};

} // namespace parallax
