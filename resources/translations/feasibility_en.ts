<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommitmentTableModel</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/navigator/navigator_model.py" line="+199"/>
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
    <name>ExchangeActions</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/files/exchange_actions.py" line="+116"/>
        <location line="+102"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-101"/>
        <location line="+102"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-101"/>
        <location line="+102"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-101"/>
        <location line="+103"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-77"/>
        <source>Spreadsheet written: {path} (%n row(s))</source>
        <translation>
            <numerusform>Spreadsheet written: {path} (%n row)</numerusform>
            <numerusform>Spreadsheet written: {path} (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%n agreed consensus(es)</source>
        <translation>
            <numerusform>%n agreed consensus</numerusform>
            <numerusform>%n agreed consensuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deletion(s) or restoration(s)</source>
        <translation>
            <numerusform>%n deletion or restoration</numerusform>
            <numerusform>%n deletions or restorations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactorCard</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/assessment/factor_card.py" line="+443"/>
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
        <location filename="../../feasibility_app/ui/commitment/findings_list.py" line="+313"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+271"/>
        <source>Delete the action plan “{title}” with its %n commitment(s)? Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Delete the action plan “{title}” with its %n commitment? Edit ▸ Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Delete the action plan “{title}” with its %n commitments? Edit ▸ Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorWidget</name>
    <message numerus="yes">
        <location filename="../../feasibility_app/ui/navigator/navigator.py" line="+321"/>
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
        <location filename="../../feasibility_app/ui/assessment/verdict_panel.py" line="+190"/>
        <source>Incomplete: %n of {total} factors not assessed</source>
        <translation>
            <numerusform>Incomplete: %n of {total} factors not assessed</numerusform>
            <numerusform>Incomplete: %n of {total} factors not assessed</numerusform>
        </translation>
    </message>
</context>
</TS>
