<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommitmentTableModel</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/navigator.py" line="+224"/>
        <source>%n assessor(s)</source>
        <translation>
            <numerusform>%n assessor</numerusform>
            <numerusform>%n assessors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n factor(s) to discuss: the parties disagree by 2 levels or more</source>
        <translation>
            <numerusform>%n factor to discuss: the parties disagree by 2 levels or more</numerusform>
            <numerusform>%n factors to discuss: the parties disagree by 2 levels or more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorCard</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/factor_card.py" line="+438"/>
        <source>Wording findings: %n</source>
        <translation>
            <numerusform>Wording findings: %n</numerusform>
            <numerusform>Wording findings: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/findings_list.py" line="+475"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorWidget</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/navigator.py" line="+350"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/verdict_panel.py" line="+157"/>
        <source>Incomplete: %n of {total} factors not assessed</source>
        <translation>
            <numerusform>Incomplete: %n of {total} factors not assessed</numerusform>
            <numerusform>Incomplete: %n of {total} factors not assessed</numerusform>
        </translation>
    </message>
</context>
</TS>
