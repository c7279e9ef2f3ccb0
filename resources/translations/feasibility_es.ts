<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../feasibility_app/ui/help/about.py" line="+17"/>
        <source>Feasibility {version} scores a draft Open Government Partnership commitment against six risk factors, so a forum sees before signing what could stop it.</source>
        <translation>Feasibility {version} evalúa un borrador de compromiso de la Alianza para el Gobierno Abierto según seis factores de riesgo, para que el foro vea antes de firmar qué podría detenerlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its scores are risk prompts for discussion, not predictions, until the forum&apos;s own calibration (the Track record tab) says otherwise.</source>
        <translation>Sus puntuaciones son alertas de riesgo para la discusión, no predicciones, hasta que la calibración propia del foro (la pestaña Trayectoria) diga otra cosa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: {licence}. Fonts: DejaVu Sans (Bitstream Vera licence).</source>
        <translation>Licencia: {licence}. Tipografía: DejaVu Sans (licencia Bitstream Vera).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The factors and the sample plan come from the case study:
{citation}</source>
        <translation>Los factores y el plan de ejemplo vienen del estudio de caso:
{citation}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {location}</source>
        <translation>Base de datos: {location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/assessment_panel.py" line="+388"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment by {name} ({role})</source>
        <translation>Evaluación de {name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment by {name}</source>
        <translation>Evaluación de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{header} (read only)</source>
        <translation>{header} (solo lectura)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read only: this assessment cannot be edited here.</source>
        <translation>Solo lectura: esta evaluación no se puede editar aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys 1–4 set the level of the highlighted factor (0 = not assessed); Tab moves on.</source>
        <translation>Las teclas 1–4 fijan el nivel del factor resaltado (0 = sin evaluar); Tab pasa al siguiente.</translation>
    </message>
</context>
<context>
    <name>AssessorBar</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/assessor_bar.py" line="+112"/>
        <source>{party} ({role})</source>
        <translation>{party} ({role})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Assessor</source>
        <translation>Evaluador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessor:</source>
        <translation>E&amp;valuador(a):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;rty:</source>
        <translation>Pa&amp;rte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your name to score</source>
        <translation>Escriba su nombre para evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor name</source>
        <translation>Nombre del evaluador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose assessment is being edited</source>
        <translation>De quién es la evaluación que se edita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor&apos;s party</source>
        <translation>Parte del evaluador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum party (or role) the assessor speaks for</source>
        <translation>La parte del foro (o el rol) en cuyo nombre habla el evaluador</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose your party…</source>
        <translation>Elija su parte…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Score for another party?</source>
        <translation>¿Evaluar por otra parte?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} scored for {before} last time. Score for {now} from now on?</source>
        <translation>{name} evaluó por {before} la última vez. ¿Evaluar por {now} de ahora en adelante?</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../../feasibility_app/ui/learning/calibration_view.py" line="+121"/>
        <source>{k} of {n} fell short ({lo}–{hi}%)</source>
        <translation>{k} de {n} se quedaron cortos ({lo}–{hi} %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too few to say</source>
        <translation>muy pocos para concluir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Band at signing</source>
        <translation>Banda a la firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell short (95% interval)</source>
        <translation>Se quedaron cortos (intervalo del 95 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rated high or critical</source>
        <translation>Con riesgo alto o crítico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rated low or moderate</source>
        <translation>Con riesgo bajo o moderado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No outcomes recorded yet: record what happened to each commitment (the Outcome panel, or IRM&apos;s reports) to build the forum&apos;s own track record.</source>
        <translation>Aún no hay resultados registrados: registre qué ocurrió con cada compromiso (el panel Resultado, o los informes del IRM) para construir el historial propio del foro.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n commitment(s) with an outcome and a score before it.</source>
        <translation>
            <numerusform>%n compromiso con un resultado y una puntuación anterior a él.</numerusform>
            <numerusform>%n compromisos con un resultado y una puntuación anterior a él.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too few outcomes to say (fewer than {threshold}): these counts are the record so far, not evidence that the scores predict anything.</source>
        <translation>Muy pocos resultados para concluir (menos de {threshold}): estos conteos son el registro hasta ahora, no evidencia de que las puntuaciones predigan algo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Band at signing: {lock} from the forum&apos;s signing lock, {consensus} from the newest score before the outcome (no lock before it).</source>
        <translation>Banda a la firma: {lock} según el bloqueo de firma del foro, {consensus} según la puntuación más reciente antes del resultado (sin bloqueo previo).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n outcome(s) left out: nobody had scored the commitment before it.</source>
        <translation>
            <numerusform>%n resultado excluido: nadie había puntuado el compromiso antes.</numerusform>
            <numerusform>%n resultados excluidos: nadie había puntuado el compromiso antes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Track record: risks at signing against what happened</source>
        <translation>Historial: riesgos a la firma frente a lo que ocurrió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each commitment counts with the band the forum locked for signing before its outcome, else the band it had before the outcome (the newest agreed consensus then, else the parties&apos; result then); “fell short” means not started or limited.</source>
        <translation>Cada compromiso cuenta con la banda que el foro bloqueó para la firma antes de su resultado o, si no, con la banda que tenía antes del resultado (el consenso acordado más reciente entonces o, si no, el resultado de las partes entonces); «se quedó corto» significa no iniciado o limitado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track record &amp;of:</source>
        <translation>Trayectoria &amp;de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Todos los planes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose track record</source>
        <translation>De quién es la trayectoria</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/commitment_page.py" line="+408"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draft text: what the commitment will do</source>
        <translation>Te&amp;xto del borrador: qué hará el compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public pr&amp;oblem it addresses</source>
        <translation>Pro&amp;blema público que atiende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status &amp;quo (baseline) today</source>
        <translation>Situación act&amp;ual (línea de base)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it helps solve the problem</source>
        <translation>&amp;Cómo ayuda a resolver el problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead agency</source>
        <translation>&amp;Dependencia responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency&apos;s le&amp;vel of government (the text flags the others)</source>
        <translation>&amp;Nivel de gobierno de la dependencia responsable (el texto señala los demás)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors: &amp;government</source>
        <translation>Otros actores: &amp;gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors: &amp;civil society, private sector</source>
        <translation>Otros actores: s&amp;ociedad civil, sector privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>Pre&amp;supuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt language</source>
        <translation>Idio&amp;ma del texto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add m&amp;ilestone</source>
        <translation>&amp;Agregar hito</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open-government values:</source>
        <translation>Valores de gobierno abierto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Milestones: verifiable outputs with dates</source>
        <translation>&amp;Hitos: productos verificables con fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove milestone</source>
        <translation>Quitar hito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be done, by whom, with which verifiable product? (wording is checked as you type)</source>
        <translation>¿Qué se hará, quién lo hará y con qué producto verificable? (la redacción se revisa mientras escribe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short name for the commitment</source>
        <translation>Un nombre corto para el compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the money comes from, if known</source>
        <translation>De dónde sale el dinero, si se sabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in History</source>
        <translation>Ver en Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare both texts in the History tab</source>
        <translation>Compare ambos textos en la pestaña Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../feasibility_app/ui/navigator/navigator_model.py" line="+141"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead agency</source>
        <translation>Dependencia responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall risk: the agreed or suggested consensus of the assessments</source>
        <translation>Riesgo general: el consenso acordado o sugerido de las evaluaciones</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overall risk: {level}</source>
        <translation>Riesgo general: {level}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall risk: {level} (score {score} of 4)</source>
        <translation>Riesgo general: {level} (puntuación {score} de 4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incomplete: some factors are not assessed yet.</source>
        <translation>Incompleto: aún hay factores sin evaluar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n assessor(s)</source>
        <translation>
            <numerusform>%n evaluador</numerusform>
            <numerusform>%n evaluadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n factor(s) to discuss: the parties disagree by 2 levels or more</source>
        <translation>
            <numerusform>%n factor para discutir: las partes difieren en 2 niveles o más</numerusform>
            <numerusform>%n factores para discutir: las partes difieren en 2 niveles o más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/compare_model.py" line="+190"/>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Discuss</source>
        <translation>Discutir</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was agreed</source>
        <translation>Cómo se acordó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels between the most and the least worried party.</source>
        <translation>Niveles de diferencia entre la parte más preocupada y la menos preocupada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked when the parties are two or more levels apart.</source>
        <translation>Se marca cuando las partes están a dos o más niveles de distancia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+161"/>
        <source>The median of the parties&apos; levels, rounded towards more risk.</source>
        <translation>La mediana de los niveles de las partes, redondeada hacia más riesgo.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>The level the forum agrees on; starts at the suggested level.</source>
        <translation>El nivel que acuerda el foro; empieza en el nivel sugerido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the level was agreed. Required when a party&apos;s block (critical) is set aside.</source>
        <translation>Cómo se acordó el nivel. Obligatorio cuando se deja de lado el bloqueo (crítico) de una parte.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n integrante</numerusform>
            <numerusform>%n integrantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ earlier text</source>
        <translation>⚠ texto anterior</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members: {names}. The party speaks with one voice: their median.</source>
        <translation>Integrantes: {names}. La parte habla con una sola voz: su mediana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A member&apos;s assessment scored an earlier revision of the text: re-score it in History.</source>
        <translation>La evaluación de un integrante puntuó una versión anterior del texto: vuelva a puntuarla en Historial.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>members %n apart</source>
        <translation>
            <numerusform>integrantes a %n nivel</numerusform>
            <numerusform>integrantes a %n niveles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A member of {party} rates this factor critical: the party&apos;s block. The consensus cannot average it away; agreeing below critical needs a note saying how it was resolved, and {party} accepting it.</source>
        <translation>Un integrante de {party} califica este factor como crítico: es el bloqueo de la parte. El consenso no puede promediarlo; acordar por debajo de crítico requiere una nota que diga cómo se resolvió y que {party} lo acepte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Levels between the parties: {n}</source>
        <translation>Niveles de diferencia entre las partes: {n}</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>{party} ({role}); its colour in the radar chart.</source>
        <translation>{party} ({role}); su color en el gráfico de radar.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{level} · BLOCK</source>
        <translation>{level} · BLOQUEO</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scored an earlier text.</source>
        <translation>Evaluó un texto anterior.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The parties are two or more levels apart: discuss before agreeing.</source>
        <translation>Las partes están a dos o más niveles de distancia: discútanlo antes de acordar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Blocked by {parties}: the suggestion does not remove the block.</source>
        <translation>Bloqueado por {parties}: la sugerencia no elimina el bloqueo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The suggested level. Choose another if the forum agrees on it.</source>
        <translation>El nivel sugerido. Elija otro si el foro lo acuerda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed from the suggested level ({level}).</source>
        <translation>Cambiado respecto del nivel sugerido ({level}).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Needed: how was the block by {parties} resolved?</source>
        <translation>Falta: ¿cómo se resolvió el bloqueo de {parties}?</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Double-click to write how the forum agreed this level.</source>
        <translation>Haga doble clic para escribir cómo acordó el foro este nivel.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/compare_view.py" line="+285"/>
        <source>Compare the parties&apos; scores</source>
        <translation>Comparar las puntuaciones de las partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record agreed consensus…</source>
        <translation>Registrar el consenso acordado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The facilitator records the Agreed column and the notes as the forum&apos;s consensus for the current text, with the parties present.</source>
        <translation>La persona facilitadora registra la columna Acordado y las notas como el consenso del foro sobre el texto actual, con las partes presentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the chart and the explanations under the table. On a short projector they fold away, so all six factors and the buttons stay in view.</source>
        <translation>Muestra el gráfico y las explicaciones bajo la tabla. En un proyector bajo se pliegan, para que los seis factores y los botones sigan a la vista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock for signing…</source>
        <translation>Bloquear para firma…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze the current text and its consensus for signing; the report then carries its fingerprint and a signature line per party. A later edit supersedes the lock.</source>
        <translation>Congela el texto actual y su consenso para la firma; el informe lleva entonces su huella y una línea de firma por parte. Una edición posterior deja el bloqueo superado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One column per party: its members&apos; median. Discuss: the parties are two or more levels apart. BLOCK: a member of the party rates the factor critical; the suggested level is then critical. Agreed starts at the suggested level: choose another where the forum agrees, with a note and the blocking party&apos;s acceptance.</source>
        <translation>Una columna por parte: la mediana de sus integrantes. Discutir: las partes están a dos o más niveles de distancia. BLOQUEO: un integrante de la parte califica el factor como crítico; el nivel sugerido es entonces crítico. Acordado empieza en el nivel sugerido: elija otro donde el foro lo acuerde, con una nota y la aceptación de la parte que bloquea.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Agreed consensus</source>
        <translation>Consenso acordado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No party has scored this commitment yet.</source>
        <translation>Ninguna parte ha evaluado todavía este compromiso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ Scored an earlier text: {parties}. Their levels may not fit the current draft; re-score them in History before agreeing.</source>
        <translation>⚠ Evaluaron un texto anterior: {parties}. Sus niveles pueden no corresponder al borrador actual; vuelva a puntuarlos en Historial antes de acordar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write how the forum resolved the block for: {factors}.</source>
        <translation>Escriba cómo resolvió el foro el bloqueo en: {factors}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The current text is locked for signing: edit it first.</source>
        <translation>El texto actual está bloqueado para firma: edítelo primero.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/parties/compare_texts.py" line="+71"/>
        <source>The forum&apos;s consensus of {date} scored an earlier text: it is not the result. Agreed starts at the suggested level again.</source>
        <translation>El consenso del foro del {date} evaluó un texto anterior: no es el resultado. Acordado vuelve a empezar en el nivel sugerido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consensus recorded on {when}, facilitated by {who}; Agreed shows it.</source>
        <translation>Consenso registrado el {when}, facilitado por {who}; Acordado lo muestra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locked for signing on {when} by {who}.</source>
        <translation>Bloqueado para firma el {when} por {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed since: change a level or a note to record again.</source>
        <translation>Nada cambió desde entonces: cambie un nivel o una nota para registrar de nuevo.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Parties that scored it: {n} ({people} people; each party counts once).</source>
        <translation>Partes que lo evaluaron: {n} ({people} personas; cada parte cuenta una vez).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Factors to discuss: {n}.</source>
        <translation>Factores para discutir: {n}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blocks (rated critical): {blocks}.</source>
        <translation>Bloqueos (calificados como críticos): {blocks}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No factor is two or more levels apart.</source>
        <translation>Ningún factor tiene dos o más niveles de diferencia.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No consensus recorded yet: Agreed starts at the suggested level.</source>
        <translation>Aún no hay consenso registrado: Acordado empieza en el nivel sugerido.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Suggested level accepted ({level}).</source>
        <translation>Nivel sugerido aceptado ({level}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed {agreed}; the suggested level was {suggested}.</source>
        <translation>Acordado: {agreed}; el nivel sugerido era {suggested}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parties: {levels}.</source>
        <translation>Partes: {levels}.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <location filename="../../feasibility_app/ui/window/database_opening.py" line="+100"/>
        <source>The backup cannot be restored</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring {backup} failed: {reason}</source>
        <translation>No se pudo restaurar {backup}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a Feasibility database</source>
        <translation>Elija una base de datos de Feasibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de Feasibility (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../feasibility_app/ui/dialogs/dialogs.py" line="+119"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>&amp;Include the precedent library (%n past commitment(s))</source>
        <translation>
            <numerusform>&amp;Incluir la biblioteca de precedentes (%n compromiso anterior)</numerusform>
            <numerusform>&amp;Incluir la biblioteca de precedentes (%n compromisos anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OGP&apos;s past commitments imported with File ▸ Import precedents…; the other laptop adds new ones and updates changed ones by identifier.</source>
        <translation>Los compromisos anteriores de OGP importados con Archivo ▸ Importar precedentes…; la otra computadora agrega los nuevos y actualiza los modificados según su identificador.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feasibility cannot open its database. Nothing was changed in the file.</source>
        <translation>Feasibility no puede abrir su base de datos. No se modificó nada en el archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest backup is {name}. Opening it keeps the damaged file beside it, renamed.</source>
        <translation>La copia de seguridad más reciente es {name}. Al abrirla, el archivo dañado se conserva a su lado, con otro nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the newest backup</source>
        <translation>Abrir la copia de seguridad más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Report written</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was saved as {path}.</source>
        <translation>El informe se guardó como {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF now</source>
        <translation>Abrir el PDF ahora</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/draft_editor.py" line="+183"/>
        <source>Draft text</source>
        <translation>Texto del borrador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risky wording is highlighted as you type; the findings are listed beside the text.</source>
        <translation>La redacción riesgosa se resalta mientras escribe; las alertas aparecen junto al texto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Text language: {language} (chosen), but the text reads as {detected}</source>
        <translation>Idioma del texto: {language} (elegido), pero el texto parece estar en {detected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use {detected}</source>
        <translation>Usar {detected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text language: {language} (chosen)</source>
        <translation>Idioma del texto: {language} (elegido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text language: {language} (detected from the text)</source>
        <translation>Idioma del texto: {language} (detectado en el texto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text language: {language} (too little text to tell)</source>
        <translation>Idioma del texto: {language} (muy poco texto para saberlo)</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/mitigations_table.py" line="+42"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../feasibility_app/ui/files/exchange_actions.py" line="+67"/>
        <source>all-plans</source>
        <translation>todos-los-planes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The exchange file was not used</source>
        <translation>No se usó el archivo de intercambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}
Nothing was changed in the database.</source>
        <translation>{reason}
No se modificó nada en la base de datos.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export exchange file</source>
        <translation>Exportar archivo de intercambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility exchange files (*.json)</source>
        <translation>Archivos de intercambio de Feasibility (*.json)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exchange file written</source>
        <translation>Archivo de intercambio guardado</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{path}
{plans}, {commitments}, {revisions}, {assessments}.
Give it to the other laptops: File ▸ Import exchange file… adds what they lack.</source>
        <translation>{path}
{plans}, {commitments}, {revisions}, {assessments}.
Páselo a las otras computadoras: Archivo ▸ Importar archivo de intercambio… agrega lo que les falte.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+110"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+110"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+110"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n versión</numerusform>
            <numerusform>%n versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <location line="+111"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n evaluación</numerusform>
            <numerusform>%n evaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-107"/>
        <source>With the precedent library: %n past commitment(s).</source>
        <translation>
            <numerusform>Con la biblioteca de precedentes: %n compromiso anterior.</numerusform>
            <numerusform>Con la biblioteca de precedentes: %n compromisos anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Writing {name}…</source>
        <translation>Generando {name}…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Export spreadsheet (CSV)</source>
        <translation>Exportar hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Spreadsheet written: {path} (%n row(s))</source>
        <translation>
            <numerusform>Hoja de cálculo guardada: {path} (%n fila)</numerusform>
            <numerusform>Hoja de cálculo guardada: {path} (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Import exchange file</source>
        <translation>Importar archivo de intercambio</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Feasibility exchange files (*.json);;All files (*)</source>
        <translation>Archivos de intercambio de Feasibility (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to import</source>
        <translation>No hay nada que importar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing in this database is overwritten or deleted. Import now?</source>
        <translation>No se sobrescribe ni se elimina nada de esta base de datos. ¿Importar ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {name}…</source>
        <translation>Revisando {name}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exchange file imported</source>
        <translation>Archivo de intercambio importado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n agreed consensus(es)</source>
        <translation>
            <numerusform>%n consenso acordado</numerusform>
            <numerusform>%n consensos acordados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deletion(s) or restoration(s)</source>
        <translation>
            <numerusform>%n eliminación o restauración</numerusform>
            <numerusform>%n eliminaciones o restauraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n precedent(s)</source>
        <translation>
            <numerusform>%n precedente</numerusform>
            <numerusform>%n precedentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n precedent(s) updated</source>
        <translation>
            <numerusform>%n precedente actualizado</numerusform>
            <numerusform>%n precedentes actualizados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} adds nothing new: this database already has all of it.</source>
        <translation>{name} no agrega nada nuevo: esta base de datos ya lo tiene todo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} would add: {what}.</source>
        <translation>{name} agregaría: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added from {name}: {what}.</source>
        <translation>Agregado desde {name}: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan “{title}” has other settings here; the local ones are kept.</source>
        <translation>El plan “{title}” tiene otra configuración aquí; se conserva la local.</translation>
    </message>
</context>
<context>
    <name>FacilitationDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/consensus_dialog.py" line="+99"/>
        <source>Record the forum&apos;s consensus</source>
        <translation>Registrar el consenso del foro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitated by:</source>
        <translation>&amp;Facilitado por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who facilitated the agreement</source>
        <translation>La persona que facilitó el acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties present</source>
        <translation>Partes presentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks set aside: the blocking party accepts</source>
        <translation>Bloqueos dejados de lado: la parte que bloquea acepta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record consensus</source>
        <translation>&amp;Registrar consenso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the facilitator.</source>
        <translation>Indique quién facilitó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the parties present.</source>
        <translation>Marque las partes presentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every blocking party must be present and accept.</source>
        <translation>Toda parte que bloquea debe estar presente y aceptar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recording confirms that the parties present agreed these levels.</source>
        <translation>Registrar confirma que las partes presentes acordaron estos niveles.</translation>
    </message>
</context>
<context>
    <name>FactorCard</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/factor_card.py" line="+356"/>
        <source>Not assessed yet. Choose the level whose description fits best (keys 1–4, 0 to clear).</source>
        <translation>Aún sin evaluar. Elija el nivel cuya descripción se ajuste mejor (teclas 1–4; 0 para borrar).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Description of the chosen level</source>
        <translation>Descripción del nivel elegido</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not assessed.</source>
        <translation>Sin evaluar.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Wording findings: %n</source>
        <translation>
            <numerusform>Alertas de redacción: %n</numerusform>
            <numerusform>Alertas de redacción: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wording checks flagged phrases in the draft text that bear on this factor.</source>
        <translation>La revisión de redacción marcó frases del texto del borrador que tienen que ver con este factor.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Factor: {factor}</source>
        <translation>Factor: {factor}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key {digit}</source>
        <translation>Tecla {digit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{factor}: {level}</source>
        <translation>{factor}: {level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No level yet.</source>
        <translation>Todavía sin nivel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{meaning} Key {digit}.</source>
        <translation>{meaning} Tecla {digit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence: {basis}</source>
        <translation>Evidencia: {basis}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this level? Cite facts the forum can check.</source>
        <translation>¿Por qué este nivel? Cite hechos que el foro pueda comprobar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rationale for {factor}</source>
        <translation>Justificación de {factor}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigations</source>
        <translation>Medidas de mitigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add mitigation</source>
        <translation>Agregar medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a mitigation for {factor}</source>
        <translation>Agregar una medida de mitigación para {factor}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected mitigations</source>
        <translation>Quitar las medidas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mitigations recorded.</source>
        <translation>No hay medidas de mitigación registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date, YYYY-MM-DD</source>
        <translation>Fecha límite, AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigations for {factor}</source>
        <translation>Medidas de mitigación para {factor}</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/findings_list.py" line="+298"/>
        <source>Wording findings</source>
        <translation>Alertas de redacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risky phrases in the draft text. Press Enter to select a phrase in the draft.</source>
        <translation>Frases riesgosas en el texto del borrador. Pulse Enter para seleccionar una frase en el borrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No wording findings.</source>
        <translation>No hay alertas de redacción.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n alerta</numerusform>
            <numerusform>%n alertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/findings_model.py" line="+121"/>
        <source>Drafting</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{phrase}”</source>
        <translation>“{phrase}”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{severity}: {factor} {phrase}. {message}</source>
        <translation>{severity}: {factor} {phrase}. {message}</translation>
    </message>
</context>
<context>
    <name>ForumRefused</name>
    <message>
        <location filename="../../feasibility_app/ui/common/errors.py" line="+55"/>
        <source>Name the person who facilitated the agreement.</source>
        <translation>Indique quién facilitó el acuerdo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the parties present.</source>
        <translation>Marque las partes presentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{factor}: write how the block by {parties} was resolved.</source>
        <translation>{factor}: escriba cómo se resolvió el bloqueo de {parties}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{factor}: {parties} must be present and accept a level below critical.</source>
        <translation>{factor}: {parties} debe estar presente y aceptar un nivel inferior a crítico.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current text is locked for signing; edit it to record a new consensus.</source>
        <translation>El texto actual está bloqueado para firma; edítelo para registrar un nuevo consenso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This consensus is already recorded; change something first.</source>
        <translation>Este consenso ya está registrado; primero cambie algo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the forum&apos;s consensus on the current text before locking it for signing.</source>
        <translation>Registre el consenso del foro sobre el texto actual antes de bloquearlo para firma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current text is already locked for signing.</source>
        <translation>El texto actual ya está bloqueado para firma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name who locks the text for signing.</source>
        <translation>Indique quién bloquea el texto para firma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name who marks the edit as editorial.</source>
        <translation>Indique quién marca la edición como editorial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This edit is already marked as editorial.</source>
        <translation>Esta edición ya está marcada como editorial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first text of a commitment has no earlier text to be editorial to.</source>
        <translation>El primer texto de un compromiso no tiene un texto anterior del que sea una edición editorial.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/help/guide.py" line="+143"/>
        <source>Feasibility help</source>
        <translation>Ayuda de Feasibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rubric reference</source>
        <translation>&amp;Referencia de la rúbrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric reference: the four levels of every factor</source>
        <translation>Referencia de la rúbrica: los cuatro niveles de cada factor</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/history_view.py" line="+199"/>
        <source>History of the text</source>
        <translation>Historial del texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a revision to see what it changed, or two revisions (Ctrl+click) to compare them. Under each revision: the assessments that scored it.</source>
        <translation>Seleccione una versión para ver qué cambió, o dos versiones (Ctrl+clic) para compararlas. Debajo de cada versión: las evaluaciones que la puntuaron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author / assessor</source>
        <translation>Autor(a) / evaluador(a)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revision {n}</source>
        <translation>Versión {n}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(unknown author)</source>
        <translation>(autor desconocido)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current text: new assessments score this revision.</source>
        <translation>El texto actual: las nuevas evaluaciones puntúan esta versión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallel edit</source>
        <translation>edición paralela</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>based on {rev}</source>
        <translation>basada en {rev}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first version</source>
        <translation>la primera versión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown revision</source>
        <translation>Versión desconocida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The newest is current; compare them (Ctrl+click both) and merge by hand if needed.</source>
        <translation>La más reciente es la actual; compárelas (Ctrl+clic en ambas) y combínelas a mano si hace falta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Parallel edit: {revisions} were each based on {parent}.</source>
        <translation>Edición paralela: {revisions} se basaron, cada una, en {parent}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown revision</source>
        <translation>una versión desconocida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as editorial…</source>
        <translation>Marcar como editorial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only typos, punctuation or formatting changed: the earlier scores count.</source>
        <translation>Solo cambiaron erratas, puntuación o formato: las puntuaciones anteriores siguen valiendo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreed consensus</source>
        <translation>Consenso acordado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>superseded</source>
        <translation>reemplazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A newer assessment by the same assessor replaces this one.</source>
        <translation>Una evaluación más reciente del mismo evaluador reemplaza a esta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scored an earlier text</source>
        <translation>evaluó un texto anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment scored an earlier revision; the text has changed since.</source>
        <translation>Esta evaluación puntuó una versión anterior; el texto cambió desde entonces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scores the current text</source>
        <translation>evalúa el texto actual</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-score</source>
        <translation>Volver a puntuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new assessment of the current text by {who}, from these scores.</source>
        <translation>Inicia una nueva evaluación del texto actual por {who}, a partir de estas puntuaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record a new agreed consensus in Compare.</source>
        <translation>Registre un nuevo consenso acordado en Comparar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No revisions.</source>
        <translation>No hay versiones.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a revision.</source>
        <translation>Seleccione una versión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{rev} by {author}, {when}: the first version of the text.</source>
        <translation>{rev}, de {author}, {when}: la primera versión del texto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes from {old} ({old_author}, {old_when}) to {new} ({new_author}, {new_when})</source>
        <translation>Cambios de {old} ({old_author}, {old_when}) a {new} ({new_author}, {new_when})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public problem</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status quo</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the commitment does (draft text)</source>
        <translation>Qué hace el compromiso (texto del borrador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it helps solve the problem</source>
        <translation>Cómo ayuda a resolver el problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency</source>
        <translation>Dependencia responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors: government</source>
        <translation>Otros actores: gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actors: civil society</source>
        <translation>Otros actores: sociedad civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-government values</source>
        <translation>Valores de gobierno abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No differences in the text.</source>
        <translation>No hay diferencias en el texto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Green, underlined: added. Red, struck through: removed.</source>
        <translation>Verde y subrayado: agregado. Rojo y tachado: eliminado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added: {m}</source>
        <translation>Agregado: {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: {m}</source>
        <translation>Eliminado: {m}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New dates: {old} → {new}</source>
        <translation>Nuevas fechas: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/parties/history_rows.py" line="+25"/>
        <source>editorial, marked by {who}</source>
        <translation>editorial, marcada por {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked as an editorial edit on {when}: the earlier text&apos;s scores still count.</source>
        <translation>Marcada como edición editorial el {when}: las puntuaciones del texto anterior siguen valiendo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lock superseded</source>
        <translation>bloqueo superado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked for signing</source>
        <translation>bloqueada para firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked for signing on {when}; fingerprint {fp}</source>
        <translation>Bloqueada para firma el {when}; huella {fp}</translation>
    </message>
</context>
<context>
    <name>IrmPrecheckBox</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/assessment_panel.py" line="-207"/>
        <source>IRM pre-check</source>
        <translation>Revisión previa del MRI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the Independent Reporting Mechanism will ask after submission, asked before signing.</source>
        <translation>Lo que preguntará el Mecanismo de Revisión Independiente después de la entrega, preguntado antes de firmar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifiable?</source>
        <translation>¿Verificable?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifiable: {answer}</source>
        <translation>Verificable: {answer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could someone check, from the text alone, whether it was done? The wording checks help.</source>
        <translation>¿Podría alguien comprobar, solo con el texto, si se cumplió? La revisión de redacción ayuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open-government values</source>
        <translation>Valores de gobierno abierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why these values?</source>
        <translation>¿Por qué estos valores?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the commitment serves each value you ticked.</source>
        <translation>Cómo sirve el compromiso a cada valor que marcó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-government lens note</source>
        <translation>Nota sobre el enfoque de gobierno abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential for results:</source>
        <translation>Potencial de resultados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential for results</source>
        <translation>Potencial de resultados</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../feasibility_app/ui/window/language_menu.py" line="+41"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../feasibility_app/ui/learning/labels.py" line="+10"/>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substantial</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Worsened</source>
        <translation>Empeoró</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not change</source>
        <translation>No cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Importante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Sobresaliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mid-term (progress report)</source>
        <translation>Medio término (informe de avance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of term</source>
        <translation>Fin de término</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk prompts for discussion, not predictions: what happened to similar commitments is a reason to ask questions, not a forecast.</source>
        <translation>Alertas de riesgo para la discusión, no predicciones: lo que ocurrió con compromisos similares es un motivo para hacer preguntas, no un pronóstico.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/learning/learning_hooks.py" line="+69"/>
        <source>Precedents</source>
        <translation>Precedentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Track record</source>
        <translation>&amp;Trayectoria</translation>
    </message>
</context>
<context>
    <name>LearningHooks</name>
    <message>
        <location line="+71"/>
        <source>Outcome recorded.</source>
        <translation>Resultado registrado.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import precedents (OGP&apos;s IRM commitment data)</source>
        <translation>Importar precedentes (datos de compromisos del IRM de OGP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n precedent(s) added</source>
        <translation>
            <numerusform>%n precedente añadido</numerusform>
            <numerusform>%n precedentes añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Skipped %n row(s) without an identifier.</source>
        <translation>
            <numerusform>Se omitió %n fila sin identificador.</numerusform>
            <numerusform>Se omitieron %n filas sin identificador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The library now holds %n past commitment(s).</source>
        <translation>
            <numerusform>La biblioteca tiene ahora %n compromiso anterior.</numerusform>
            <numerusform>La biblioteca tiene ahora %n compromisos anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedents imported</source>
        <translation>Precedentes importados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file was not imported</source>
        <translation>El archivo no se importó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}
Nothing was changed in the database.</source>
        <translation>{reason}
No se cambió nada en la base de datos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import p&amp;recedents…</source>
        <translation>Importar prece&amp;dentes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read OGP&apos;s IRM commitment data (.csv or .xlsx) to see how similar commitments fared</source>
        <translation>Leer los datos de compromisos del IRM de OGP (.csv o .xlsx) para ver cómo les fue a compromisos similares</translation>
    </message>
</context>
<context>
    <name>LevelCombo</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/choice_combos.py" line="+57"/>
        <source>Federal / national</source>
        <translation>Federal / nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / provincial</source>
        <translation>Estatal / provincial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal / local</source>
        <translation>Municipal / local</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the plan: {level}</source>
        <translation>Como el plan: {level}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../feasibility_app/ui/window/building.py" line="+51"/>
        <location line="+2"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Compromiso</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+187"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/startup.py" line="+61"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="+70"/>
        <source>Cannot read the database</source>
        <translation>No se puede leer la base de datos</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+56"/>
        <location filename="../../feasibility_app/ui/window/reactions.py" line="+58"/>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="+104"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/reactions.py" line="+2"/>
        <source>{title} — Feasibility</source>
        <translation>{title} — Feasibility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feasibility</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason} Your edits are kept here; saving is retried.</source>
        <translation>No guardado: {reason} Sus cambios se conservan aquí; se volverá a intentar guardar.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="-34"/>
        <source>{who} saved a parallel edit at {time}. Both versions are kept: nothing was overwritten.</source>
        <translation>{who} guardó una edición paralela a las {time}. Se conservan ambas versiones: no se sobrescribió nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete commitment</source>
        <translation>Eliminar compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” with its assessments? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Eliminar “{title}” con sus evaluaciones? Editar ▸ Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+1"/>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="+3"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/building.py" line="+9"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>H&amp;istory</source>
        <translation>H&amp;istorial</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/reactions.py" line="+29"/>
        <source>To score, type your name in the Assessor box of the toolbar (Alt+A).</source>
        <translation>Para evaluar, escriba su nombre en el cuadro Evaluador(a) de la barra de herramientas (Alt+V).</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="-7"/>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the action plan “{title}” with its %n commitment(s)? Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>¿Eliminar el plan de acción “{title}” con su %n compromiso? Editar ▸ Deshacer (Ctrl+Z) lo recupera.</numerusform>
            <numerusform>¿Eliminar el plan de acción “{title}” con sus %n compromisos? Editar ▸ Deshacer (Ctrl+Z) los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/workflows.py" line="-43"/>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/helping.py" line="+36"/>
        <source>About Feasibility</source>
        <translation>Acerca de Feasibility</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/actions.py" line="+124"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New data&amp;base…</source>
        <translation>Nueva &amp;base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start another database file, empty or with the case study&apos;s sample plan</source>
        <translation>Empezar otro archivo de base de datos, vacío o con el plan de ejemplo del estudio de caso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open dat&amp;abase…</source>
        <translation>Abrir base de da&amp;tos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work in another Feasibility database file</source>
        <translation>Trabajar en otro archivo de base de datos de Feasibility</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;plan…</source>
        <translation>Nuevo &amp;plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an action plan with its forum&apos;s parties</source>
        <translation>Crear un plan de acción con las partes de su foro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete plan…</source>
        <translation>Eliminar pl&amp;an…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen action plan with its commitments (undo restores it)</source>
        <translation>Eliminar el plan de acción elegido con sus compromisos (deshacer lo restaura)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan &amp;settings…</source>
        <translation>C&amp;onfiguración del plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, period, factor weights and forum parties of the chosen action plan</source>
        <translation>Título, periodo, pesos de los factores y partes del foro del plan de acción elegido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport exchange file…</source>
        <translation>Exportar archivo de &amp;intercambio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan&apos;s commitments and scores for another laptop</source>
        <translation>Guardar los compromisos y puntuaciones del plan para otra computadora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import exchange file…</source>
        <translation>I&amp;mportar archivo de intercambio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what another laptop&apos;s exchange file has; nothing here is overwritten</source>
        <translation>Agregar lo que trae el archivo de intercambio de otra computadora; aquí no se sobrescribe nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export spreadsheet (&amp;CSV)…</source>
        <translation>Exportar hoja de cálculo (&amp;CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per commitment and factor, for a spreadsheet</source>
        <translation>Una fila por compromiso y factor, para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New commitment</source>
        <translation>&amp;Nuevo compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a draft commitment to the plan</source>
        <translation>Agregar un borrador de compromiso al plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete commitment…</source>
        <translation>&amp;Eliminar compromiso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it (undo restores it)</source>
        <translation>Eliminarlo (deshacer lo restaura)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this commitment&apos;s risk report as PDF</source>
        <translation>Generar el informe de riesgos de este compromiso en PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the whole action plan&apos;s portfolio report as PDF</source>
        <translation>Generar en PDF el informe de cartera de todo el plan de acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find commitment</source>
        <translation>&amp;Buscar compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the navigator&apos;s filter box</source>
        <translation>Ir al cuadro de búsqueda del navegador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to commitment…</source>
        <translation>&amp;Ir a compromiso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another commitment by typing part of its title (Ctrl+K)</source>
        <translation>Elegir otro compromiso escribiendo parte de su título (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next co&amp;mmitment</source>
        <translation>Compromiso si&amp;guiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous comm&amp;itment</source>
        <translation>Compromiso an&amp;terior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment &amp;tab</source>
        <translation>Pestaña &amp;Compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare t&amp;ab</source>
        <translation>Pestaña C&amp;omparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History ta&amp;b</source>
        <translation>Pestaña &amp;Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text and stronger contrast for a projector (F11)</source>
        <translation>Texto más grande y más contraste para un proyector (F11)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;xt factor</source>
        <translation>Factor &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;revious factor</source>
        <translation>Factor &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Feasibility</source>
        <translation>&amp;Acerca de Feasibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How scoring, blocks and consensus work; the shortcuts (F1)</source>
        <translation>Cómo funcionan la evaluación, los bloqueos y el consenso; los atajos (F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rubric reference</source>
        <translation>&amp;Referencia de la rúbrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four levels of every factor side by side (Shift+F1)</source>
        <translation>Los cuatro niveles de cada factor lado a lado (Mayús+F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pr&amp;int…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this commitment&apos;s risk report</source>
        <translation>Imprimir el informe de riesgo de este compromiso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See the printed risk report before printing</source>
        <translation>Ver el informe de riesgo tal como se imprimirá</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="-53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/actions.py" line="-45"/>
        <source>Export plan rep&amp;ort…</source>
        <translation>Exportar informe del p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+95"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/database_switch.py" line="+50"/>
        <source>There is already a file there</source>
        <translation>Ya hay un archivo ahí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} exists. A new database needs a new file name; to open that file, choose File ▸ Open database…</source>
        <translation>{path} ya existe. Una base de datos nueva necesita un nombre de archivo nuevo; para abrir ese archivo, elija Archivo ▸ Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open a Feasibility database</source>
        <translation>Abrir una base de datos de Feasibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feasibility databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de datos de Feasibility (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such file</source>
        <translation>No existe el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file at {path}. To start a new one, choose File ▸ New database…</source>
        <translation>No hay ningún archivo en {path}. Para empezar uno nuevo, elija Archivo ▸ Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+32"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last changes could not be saved: {reason}
Open the other database and lose them?</source>
        <translation>Sus últimos cambios no se pudieron guardar: {reason}
¿Abrir la otra base de datos y perderlos?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open without saving</source>
        <translation>Abrir sin guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is already open.</source>
        <translation>{path} ya está abierta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the open database</source>
        <translation>Seguir con la base de datos abierta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opened {path}</source>
        <translation>Abierta: {path}</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/window/main_window.py" line="+1"/>
        <source>Your last changes could not be saved: {reason}
Close anyway and lose them?</source>
        <translation>No se pudieron guardar sus últimos cambios: {reason}
¿Cerrar de todos modos y perderlos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/milestones_model.py" line="+96"/>
        <source>Output (verifiable product)</source>
        <translation>Entregable (producto verificable)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No date: IRM cannot verify a milestone without one (YYYY-MM-DD)</source>
        <translation>Sin fecha: el MRI no puede verificar un hito sin fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the plan&apos;s period</source>
        <translation>Fuera del periodo del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date as YYYY-MM-DD</source>
        <translation>Fecha como AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>NavigatorWidget</name>
    <message>
        <location filename="../../feasibility_app/ui/navigator/navigator.py" line="+195"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a commitment, agency or word (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F): compromiso, dependencia, palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrar compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan shown</source>
        <translation>Plan de acción mostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>All plans</source>
        <translation>Todos los planes</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/dialogs/new_database.py" line="+70"/>
        <location line="+18"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A new database file, for another workshop or plan. The one open now stays as it is; File ▸ Open database… comes back to it.</source>
        <translation>Un archivo de base de datos nuevo, para otro taller u otro plan. La que está abierta ahora queda como está; Archivo ▸ Abrir base de datos… vuelve a ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start with the case study&apos;s sample plan</source>
        <translation>Empe&amp;zar con el plan de ejemplo del estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feasibility databases (*.db *.sqlite)</source>
        <translation>Bases de datos de Feasibility (*.db *.sqlite)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/dialogs/dialogs.py" line="+58"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New action plan</source>
        <translation>Nuevo plan de acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Third National Action Plan 2016–2018</source>
        <translation>p. ej., Tercer Plan de Acción 2016–2018</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties of the forum (who negotiates the plan):</source>
        <translation>Pa&amp;rtes del foro (quienes negocian el plan):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add party</source>
        <translation>&amp;Agregar parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove party</source>
        <translation>&amp;Quitar parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan start date</source>
        <translation>Fecha de inicio del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan end date</source>
        <translation>Fecha de término del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../feasibility_app/ui/learning/outcome_panel.py" line="+155"/>
        <source>No outcome recorded for this commitment yet.</source>
        <translation>Aún no hay resultados registrados para este compromiso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{stage}, {date}: {completion}</source>
        <translation>{stage}, {date}: {completion}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opened government: {value}</source>
        <translation>abrió el gobierno: {value}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened to this commitment, from IRM&apos;s reports or the forum&apos;s own review. Each record is kept; the newest per stage counts in the track record.</source>
        <translation>Qué ocurrió con este compromiso, según los informes del IRM o la revisión del propio foro. Cada registro se conserva; en la trayectoria cuenta el más reciente de cada etapa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened government</source>
        <translation>¿Abrió el gobierno?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not judged</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. IRM end-of-term report 2015</source>
        <translation>p. ej., informe de fin de término del IRM 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source&apos;s date</source>
        <translation>fecha de la fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcome</source>
        <translation>Registrar resultado</translation>
    </message>
</context>
<context>
    <name>PartyTabs</name>
    <message>
        <location filename="../../feasibility_app/ui/parties/party_tabs.py" line="+37"/>
        <source>Agreed level</source>
        <translation>Nivel acordado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement note</source>
        <translation>Nota del acuerdo</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{factor}: agreed {level}, below the block of:</source>
        <translation>{factor}: se acordó {level}, por debajo del bloqueo de:</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <source>The consensus was not recorded</source>
        <translation>No se registró el consenso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record consensus</source>
        <translation>Registrar consenso</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Who locks the text?</source>
        <translation>¿Quién bloquea el texto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your name in the Assessor box of the toolbar, then lock the text again.</source>
        <translation>Escriba su nombre en el campo Evaluador(a) de la barra de herramientas y vuelva a bloquear el texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Lock for signing</source>
        <translation>Bloquear para firma</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Lock the current text and its agreed consensus for signing? The report will carry their fingerprint and a signature line per party. Any later edit supersedes the lock.</source>
        <translation>¿Bloquear para firma el texto actual y su consenso acordado? El informe llevará su huella y una línea de firma por parte. Cualquier edición posterior deja el bloqueo superado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who marks the edit?</source>
        <translation>¿Quién marca la edición?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your name in the Assessor box of the toolbar, then mark the edit again.</source>
        <translation>Escriba su nombre en el campo Evaluador(a) de la barra de herramientas y vuelva a marcar la edición.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>Mark as editorial</source>
        <translation>Marcar como editorial</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Mark this edit as editorial (typos, punctuation, formatting only)? The assessments and the consensus of the text before it then still count. History shows who marked it.</source>
        <translation>¿Marcar esta edición como editorial (solo erratas, puntuación o formato)? Las evaluaciones y el consenso del texto anterior seguirán valiendo. El Historial muestra quién la marcó.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not re-scored</source>
        <translation>No se volvió a puntuar</translation>
    </message>
</context>
<context>
    <name>PlanLevelCombo</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/choice_combos.py" line="+29"/>
        <source>From the country: {level}</source>
        <translation>Según el país: {level}</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/dialogs/plan_settings.py" line="+308"/>
        <source>Give the plan a title.</source>
        <translation>Póngale un título al plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date must be after the start date.</source>
        <translation>La fecha de término debe ser posterior a la de inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one factor needs a weight above 0.</source>
        <translation>Al menos un factor necesita un peso mayor que 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forum needs at least one party.</source>
        <translation>El foro necesita al menos una parte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every party needs a name: type one, or remove the empty row.</source>
        <translation>Cada parte necesita un nombre: escriba uno o quite la fila vacía.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>title “{value}”</source>
        <translation>título “{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country “{value}”</source>
        <translation>país “{value}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>level of government “{value}”</source>
        <translation>orden de gobierno “{value}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the country</source>
        <translation>según el país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper “{value}”</source>
        <translation>papel “{value}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>period {start} to {end}</source>
        <translation>periodo del {start} al {end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{factor} weight {value}</source>
        <translation>peso de {factor}: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parties: {names}</source>
        <translation>partes: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this plan while you were editing it. Your values are shown below; OK saves them over theirs.</source>
        <translation>Otra persona guardó este plan mientras usted lo editaba. Abajo se muestran sus valores; Aceptar los guarda en lugar de los de esa persona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their saved version differs in: {list}.</source>
        <translation>Su versión guardada difiere en: {list}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan settings — {title}</source>
        <translation>Configuración del plan — {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agencies&apos; le&amp;vel of government:</source>
        <translation>&amp;Nivel de gobierno de las dependencias responsables:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper for report&amp;s:</source>
        <translation>Papel de los info&amp;rmes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan start date</source>
        <translation>Fecha de inicio del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan end date</source>
        <translation>Fecha de término del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor weights</source>
        <translation>Pesos de los factores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{factor}:</source>
        <translation>{factor}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of {factor}</source>
        <translation>Peso de {factor}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights change the overall score of every commitment in this plan: a factor weighted 2 counts twice as much as one weighted 1. A weight of 0 leaves the factor out of the mean (a critical factor still raises the band).</source>
        <translation>Los pesos cambian la puntuación general de cada compromiso de este plan: un factor con peso 2 cuenta el doble que uno con peso 1. Un peso 0 deja el factor fuera del promedio (un factor crítico igual eleva la banda).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Equal weights</source>
        <translation>Pesos &amp;iguales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every weight to 1</source>
        <translation>Poner todos los pesos en 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties of the forum (who negotiates the plan)</source>
        <translation>Partes del foro (quienes negocian el plan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add party</source>
        <translation>&amp;Agregar parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove party</source>
        <translation>&amp;Quitar parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the country: Letter</source>
        <translation>Según el país: Carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the country: A4</source>
        <translation>Según el país: A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulgadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper for the plan&apos;s reports</source>
        <translation>Papel de los informes del plan</translation>
    </message>
</context>
<context>
    <name>PrecedentsPanel</name>
    <message>
        <location filename="../../feasibility_app/ui/learning/precedents_panel.py" line="+90"/>
        <source>Precedents could not be searched: {reason}</source>
        <translation>No se pudieron buscar precedentes: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No precedents yet. File ▸ Import precedents… reads OGP&apos;s IRM commitment data (a .csv or .xlsx download); see the README for where to get it.</source>
        <translation>Aún no hay precedentes. Archivo ▸ Importar precedentes… lee los datos de compromisos del IRM de OGP (una descarga .csv o .xlsx); el README indica dónde obtenerlos.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No similar past commitment among %n precedent(s).</source>
        <translation>
            <numerusform>Ningún compromiso anterior similar entre %n precedente.</numerusform>
            <numerusform>Ningún compromiso anterior similar entre %n precedentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n precedent(s) in the library.</source>
        <translation>
            <numerusform>%n precedente en la biblioteca.</numerusform>
            <numerusform>%n precedentes en la biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Most similar of %n precedent(s):</source>
        <translation>
            <numerusform>Los más similares de %n precedente:</numerusform>
            <numerusform>Los más similares de %n precedentes:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completion: {completion} · opened government: {opened}</source>
        <translation>Cumplimiento: {completion} · abrió el gobierno: {opened}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared words: {words}</source>
        <translation>Palabras en común: {words}</translation>
    </message>
</context>
<context>
    <name>PrintReport</name>
    <message>
        <location filename="../../feasibility_app/ui/files/print_report.py" line="+37"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Levels of {assessor}</source>
        <translation>Niveles de {assessor}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Draft text</source>
        <translation>Texto del borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed risk report is File ▸ Export report (PDF), with its fingerprint.</source>
        <translation>El informe de riesgos para firmar es Archivo ▸ Exportar informe (PDF), con su huella.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The report&apos;s pages cannot be printed here ({reason}): printing a one-page summary.</source>
        <translation>Las páginas del informe no se pueden imprimir aquí ({reason}): se imprime un resumen de una página.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The report could not be printed</source>
        <translation>No se pudo imprimir el informe</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../feasibility_app/ui/navigator/quick_switcher.py" line="+85"/>
        <source>Go to commitment</source>
        <translation>Ir a compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a title or agency; ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation>Escriba parte de un título o dependencia; ↑ ↓ eligen, Intro abre, Esc cierra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter commitments</source>
        <translation>Filtrar compromisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
</context>
<context>
    <name>RadarWidget</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/radar_widget.py" line="+100"/>
        <source>Risk radar chart</source>
        <translation>Gráfico de radar de riesgos</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../feasibility_app/ui/files/report_actions.py" line="+118"/>
        <location line="+32"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reports are not available</source>
        <translation>Los informes no están disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation cannot write PDF reports ({reason}).</source>
        <translation>Esta instalación no puede generar informes PDF ({reason}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing {name}…</source>
        <translation>Generando {name}…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Report written: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be written</source>
        <translation>No se pudo generar el informe</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../feasibility_app/ui/files/report_options.py" line="+92"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report can be in another language than the window, for the forum that reads it.</source>
        <translation>El informe puede estar en otro idioma que la ventana, para el foro que lo lea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (8.5 × 11 in; Mexico, US, Canada)</source>
        <translation>Carta (8,5 × 11 pulg.; México, EE. UU., Canadá)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../../feasibility_app/ui/help/sample_banner.py" line="+47"/>
        <source>This is a sample: Mexico&apos;s 2013–2015 action plan as the case study describes it (Gerson &amp; Nieto, 2016). Edit it freely, or start your own.</source>
        <translation>Esto es un ejemplo: el plan de acción 2013–2015 de México tal como lo describe el estudio de caso (Gerson y Nieto, 2016). Edítelo libremente o empiece el suyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an &amp;empty plan…</source>
        <translation>Empe&amp;zar un plan vacío…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the sample plan</source>
        <translation>Sobre el plan de ejemplo</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../feasibility_app/ui/bridge/undo_commands.py" line="+115"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete “{title}”</source>
        <translation>Eliminar “{title}”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete plan “{title}”</source>
        <translation>Eliminar plan “{title}”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit problem</source>
        <translation>Editar problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit status quo</source>
        <translation>Editar situación actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit draft text</source>
        <translation>Editar texto del borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit how it helps</source>
        <translation>Editar cómo ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change open-government values</source>
        <translation>Cambiar valores de gobierno abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit lead agency</source>
        <translation>Editar dependencia responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit government actors</source>
        <translation>Editar actores de gobierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit civil-society actors</source>
        <translation>Editar actores de la sociedad civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit budget</source>
        <translation>Editar presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change start date</source>
        <translation>Cambiar fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change end date</source>
        <translation>Cambiar fecha de término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change text language</source>
        <translation>Cambiar idioma del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit milestones</source>
        <translation>Editar hitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/bridge/session.py" line="+192"/>
        <source>Commitment not found</source>
        <translation>No se encontró el compromiso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the commitment</source>
        <translation>No se puede leer el compromiso</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{factor}: {level}</source>
        <translation>{factor}: {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit {factor}</source>
        <translation>Editar {factor}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit IRM pre-check</source>
        <translation>Editar la revisión previa del MRI</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Someone else changed this plan</source>
        <translation>Otra persona modificó este plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}
Your changes were not saved and are still in the form: check the plan&apos;s current settings, then save again.</source>
        <translation>{reason}
Sus cambios no se guardaron y siguen en el formulario: revise la configuración actual del plan y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>The change could not be saved</source>
        <translation>No se pudo guardar el cambio</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>This commitment was deleted. Undo (Ctrl+Z) to restore it.</source>
        <translation>Este compromiso se eliminó. Deshaga (Ctrl+Z) para restaurarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Two people edited this commitment in parallel. The newer text is shown; the other is kept in its history.</source>
        <translation>Dos personas editaron este compromiso en paralelo. Se muestra el texto más reciente; el otro se conserva en su historial.</translation>
    </message>
    <message>
        <location filename="../../feasibility_app/ui/common/errors.py" line="-77"/>
        <source>The database file is read-only.</source>
        <translation>El archivo de la base de datos es de solo lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full or cannot be written.</source>
        <translation>El disco está lleno o no se puede escribir en él.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy (locked by another program).</source>
        <translation>La base de datos está ocupada (bloqueada por otro programa).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was deleted or cannot be found any more.</source>
        <translation>Fue eliminado o ya no se encuentra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved the action plan “{title}” since you opened it.</source>
        <translation>Otra persona guardó el plan de acción “{title}” después de que usted lo abrió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A consensus is not re-scored: record a new agreed consensus instead.</source>
        <translation>Un consenso no se vuelve a puntuar: registre en su lugar un nuevo consenso acordado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assessment by {assessor} already scores the current text.</source>
        <translation>La evaluación de {assessor} ya puntúa el texto actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{assessor} has a newer assessment; re-score that one.</source>
        <translation>{assessor} tiene una evaluación más reciente; vuelva a puntuar esa.</translation>
    </message>
</context>
<context>
    <name>TextLanguageCombo</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/choice_combos.py" line="-59"/>
        <source>Detect from the text</source>
        <translation>Detectar en el texto</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../feasibility_app/ui/assessment/verdict_panel.py" line="+130"/>
        <source>Overall risk</source>
        <translation>Riesgo general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified assumptions</source>
        <translation>Supuestos sin verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would lower the risk most</source>
        <translation>Qué reduciría más el riesgo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Overall risk: {band}</source>
        <translation>Riesgo general: {band}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised to {band}: a critical risk cannot be averaged away ({factors}).</source>
        <translation>Elevado a {band}: un riesgo crítico no se puede diluir en un promedio ({factors}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical: {factors}.</source>
        <translation>Crítico: {factors}.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Incomplete: %n of {total} factors not assessed</source>
        <translation>
            <numerusform>Incompleto: %n de {total} factores sin evaluar</numerusform>
            <numerusform>Incompleto: %n de {total} factores sin evaluar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Low or moderate levels that rest on assumed, not verified, evidence.</source>
        <translation>Niveles bajos o moderados que se apoyan en evidencia supuesta, no verificada.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every assessed factor is already at Low: nothing left to mitigate.</source>
        <translation>Todos los factores evaluados ya están en Bajo: no queda nada por mitigar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitigating {factor} by one level would move the verdict from {from} to {to}.</source>
        <translation>Mitigar {factor} en un nivel movería el resultado de {from} a {to}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No single mitigation changes the verdict ({band}); mitigating {factor} lowers the score most, from {before} to {after}.</source>
        <translation>Ninguna mitigación por sí sola cambia el resultado ({band}); mitigar {factor} es lo que más baja la puntuación, de {before} a {after}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No single mitigation changes the verdict ({band}); mitigating any one factor by one level lowers the score from {before} to {after}.</source>
        <translation>Ninguna mitigación por sí sola cambia el resultado ({band}); mitigar cualquier factor en un nivel baja la puntuación de {before} a {after}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No single mitigation changes the verdict ({band}); mitigating any one of {factors} lowers the score most, from {before} to {after}.</source>
        <translation>Ninguna mitigación por sí sola cambia el resultado ({band}); mitigar cualquiera de {factors} es lo que más baja la puntuación, de {before} a {after}.</translation>
    </message>
</context>
<context>
    <name>WordingChecker</name>
    <message>
        <location filename="../../feasibility_app/ui/commitment/wording_highlighter.py" line="+388"/>
        <source>{factor} — {severity}: {message}</source>
        <translation>{factor} — {severity}: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drafting</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
</context>
</TS>
