#include "text/languageguesser.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class tst_LanguageGuesser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guess_data();
    void guess();
};

void tst_LanguageGuesser::guess_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    QTest::newRow("en") << u"Russian President Vladimir Putin has told his Syrian counterpart that the "
                           u"situation in Syria is now favorable for the beginning of a political process."_s
                        << u"en"_s;
    QTest::newRow("de") << u"Der russische Präsident hat seinem syrischen Amtskollegen gesagt, dass die Lage "
                           u"in Syrien nun günstig für den Beginn eines politischen Prozesses sei."_s
                        << u"de"_s;
    QTest::newRow("fr") << u"Le président russe a dit à son homologue syrien que la situation en Syrie est "
                           u"maintenant favorable au début d'un processus politique."_s
                        << u"fr"_s;
    QTest::newRow("es") << u"El presidente ruso dijo a su homólogo sirio que la situación en Siria es ahora "
                           u"favorable para el comienzo de un proceso político."_s
                        << u"es"_s;
    QTest::newRow("it")
        << u"Il presidente russo ha detto al suo omologo siriano che la situazione in Siria è "
           u"ora favorevole per l'inizio di un processo politico."_s
        << u"it"_s;
    QTest::newRow("pt") << u"O presidente russo disse ao seu homólogo sírio que a situação na Síria é agora "
                           u"favorável para o início de um processo político, mas não deu detalhes."_s
                        << u"pt"_s;
    QTest::newRow("nl")
        << u"De Russische president heeft zijn Syrische ambtgenoot verteld dat de situatie in "
           u"Syrië nu gunstig is voor het begin van een politiek proces."_s
        << u"nl"_s;
    QTest::newRow("sv") << u"Den ryske presidenten sade till sin syriske kollega att läget i Syrien nu är "
                           u"gynnsamt för att inleda en politisk process och att det inte blir lätt."_s
                        << u"sv"_s;
    QTest::newRow("ru") << u"Президент России Владимир Путин заявил сирийскому коллеге, что ситуация в Сирии "
                           u"теперь благоприятна для начала политического процесса."_s
                        << u"ru"_s;
    QTest::newRow("ru quoting a Ukrainian name")
        << u"Президент России Владимир Путин заявил сирийскому коллеге, что ситуация в Сирии теперь "
           u"благоприятна для начала политического процесса. Встреча прошла в Сочи, куда сирийский "
           u"лидер прилетел с необъявленным визитом. Об этом сообщили журналистам в Києві."_s
        << u"ru"_s;
    QTest::newRow("uk") << u"Президент Росії Володимир Путін заявив сирійському колезі, що ситуація в Сирії "
                           u"тепер сприятлива для початку політичного процесу."_s
                        << u"uk"_s;
    QTest::newRow("zh") << u"俄罗斯总统普京对叙利亚总统说，叙利亚局势现在有利于政治进程的开始。"_s << u"zh"_s;
    QTest::newRow("ja") << u"ロシアのプーチン大統領は、シリアの状況は政治プロセスの開始に有利だと述べた。"_s
                        << u"ja"_s;
    QTest::newRow("ko") << u"푸틴 러시아 대통령은 시리아 상황이 정치 과정을 시작하기에 유리하다고 말했다."_s
                        << u"ko"_s;
    QTest::newRow("th") << u"ประธานาธิบดีรัสเซียกล่าวว่าสถานการณ์ในซีเรียเอื้ออำนวย"_s << u"th"_s;
    QTest::newRow("ar") << u"قال الرئيس الروسي إن الوضع في سوريا أصبح مواتيا لبدء عملية سياسية"_s << u"ar"_s;
    QTest::newRow("he") << u"נשיא רוסיה אמר כי המצב בסוריה נוח כעת לתחילת תהליך מדיני"_s << u"he"_s;
    QTest::newRow("el") << u"Ο Ρώσος πρόεδρος δήλωσε ότι η κατάσταση στη Συρία είναι ευνοϊκή"_s << u"el"_s;
    QTest::newRow("tr")
        << u"Rusya Devlet Başkanı Putin, Suriyeli mevkidaşına Suriye'deki durumun siyasi sürecin "
           u"başlaması için artık elverişli olduğunu söyledi."_s
        << u"tr"_s;
    QTest::newRow("pl")
        << u"Prezydent Rosji Władimir Putin powiedział syryjskiemu przywódcy, że sytuacja w Syrii "
           u"sprzyja teraz rozpoczęciu procesu politycznego."_s
        << u"pl"_s;
    QTest::newRow("too short") << u"Putin meets Assad"_s << u"en"_s;
    QTest::newRow("single word") << u"Sochi"_s << u"en"_s;
    QTest::newRow("empty") << QString() << u"en"_s;
    QTest::newRow("no letters") << u"12345 -- 678 !!!"_s << u"en"_s;
}

void tst_LanguageGuesser::guess()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    const LanguageGuesser guesser;
    QCOMPARE(guesser.guess(text), language);
}

QTEST_GUILESS_MAIN(tst_LanguageGuesser)
#include "tst_languageguesser.moc"
