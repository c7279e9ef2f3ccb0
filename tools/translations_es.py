"""The UI in Latin-American Spanish, per Qt context; tools/update_translations.py writes it
into resources/translations/feasibility_es.ts.

Keys are the English source texts (or (source, disambiguation) pairs); a plural message takes
a tuple of forms (singular, plural). COMMON applies in every context unless the context has
its own entry. Keep {placeholders} and %n exactly; keep one & accelerator where the source
has one, on a letter of the translation that no sibling in the same form or menu uses.

Glossary (consistent with resources/rubric/es.json and resources/wording/es.json):
commitment compromiso · action plan plan de acción · milestone hito · lead agency dependencia
responsable · assessment evaluación · assessor evaluador(a) · party parte · forum foro ·
consensus consenso · block bloqueo · revision versión · draft text texto del borrador ·
status quo situación actual · IRM MRI · report informe · wording check revisión de redacción ·
finding alerta · risk riesgo · score puntuación / puntuar · spread dispersión.
"""

COMMON: dict[object, object] = {
    "Yes": "Sí",
    "No": "No",
    "Cancel": "Cancelar",
    "Quit": "Salir",
    "Delete": "Eliminar",
    "Title": "Título",
    "Country": "País",
    "Plan": "Plan",
    "Commitment": "Compromiso",
    "Commitments": "Compromisos",
    "Risk": "Riesgo",
    "Lead agency": "Dependencia responsable",
    "Milestones": "Hitos",
    "Start": "Inicio",
    "End": "Fin",
    "Start date": "Fecha de inicio",
    "End date": "Fecha de término",
    "Status": "Estado",
    "Language": "Idioma",
    "Budget": "Presupuesto",
    "Name": "Nombre",
    "Role": "Rol",
    "Parties": "Partes",
    "Government": "Gobierno",
    "Civil society": "Sociedad civil",
    "Revision": "Versión",
    "Time": "Fecha y hora",
    "State": "Estado",
    "Agreed consensus": "Consenso acordado",
    "Public problem": "Problema público",
    "Status quo": "Situación actual",
    "How it helps solve the problem": "Cómo ayuda a resolver el problema",
    "Open-government values": "Valores de gobierno abierto",
    "Other actors: government": "Otros actores: gobierno",
    "Other actors: civil society": "Otros actores: sociedad civil",
    "What the commitment does (draft text)": "Qué hace el compromiso (texto del borrador)",
    "Drafting": "Redacción",
    "high": "alta",
    "medium": "media",
    "low": "baja",
    "“{phrase}”": "“{phrase}”",
    "Wording findings": "Alertas de redacción",
    "No wording findings.": "No hay alertas de redacción.",
    "(untitled)": "(sin título)",
    "New commitment": "Nuevo compromiso",
    "Writing {name}…": "Generando {name}…",
    "%n commitment(s)": ("%n compromiso", "%n compromisos"),
}

BY_CONTEXT: dict[str, dict[object, object]] = {
    "CommitmentPage": {
        "&Title": "&Título",
        "&Draft text: what the commitment will do": "Te&xto del borrador: qué hará el compromiso",
        "Public pr&oblem it addresses": "Pro&blema público que atiende",
        "Status &quo (baseline) today": "Situación act&ual (línea de base)",
        "&How it helps solve the problem": "&Cómo ayuda a resolver el problema",
        "&Lead agency": "&Dependencia responsable",
        "Other actors: &government": "Otros actores: &gobierno",
        "Other actors: &civil society, private sector": "Otros actores: s&ociedad civil, sector privado",
        "&Budget": "Pre&supuesto",
        "&Start": "&Inicio",
        "&End": "&Fin",
        "Stat&us": "&Estado",
        "Te&xt language": "Idio&ma del texto",
        "Open-government values:": "Valores de gobierno abierto:",
        "&Milestones: verifiable outputs with dates": "&Hitos: productos verificables con fechas",
        "Add m&ilestone": "&Agregar hito",
        "Remove milestone": "Quitar hito",
        "What will be done, by whom, with which verifiable product? (wording is checked as you type)": (
            "¿Qué se hará, quién lo hará y con qué producto verificable? (la redacción se revisa mientras "
            "escribe)"
        ),
        "A short name for the commitment": "Un nombre corto para el compromiso",
        "Where the money comes from, if known": "De dónde sale el dinero, si se sabe",
        "Show in History": "Ver en Historial",
        "Compare both texts in the History tab": "Compare ambos textos en la pestaña Historial",
        "Dismiss": "Descartar",
    },
    "CommitmentTableModel": {
        "Overall risk: the agreed or suggested consensus of the assessments": (
            "Riesgo general: el consenso acordado o sugerido de las evaluaciones"
        ),
        "(untitled)": "(sin título)",
        "Overall risk: {level}": "Riesgo general: {level}",
        "Overall risk: {level} (score {score} of 4)": (
            "Riesgo general: {level} (puntuación {score} de 4)"
        ),
        "Incomplete: some factors are not assessed yet.": "Incompleto: aún hay factores sin evaluar.",
        "%n assessor(s)": ("%n evaluador", "%n evaluadores"),
        "%n factor(s) to discuss: the parties disagree by 2 levels or more": (
            "%n factor para discutir: las partes difieren en 2 niveles o más",
            "%n factores para discutir: las partes difieren en 2 niveles o más",
        ),
    },
    "CompareModel": {
        "Spread": "Dispersión",
        "Discuss": "Discutir",
        "Suggested": "Sugerido",
        "Agreed": "Acordado",
        "How it was agreed": "Cómo se acordó",
        "Levels between the most and the least worried party.": (
            "Niveles de diferencia entre la parte más preocupada y la menos preocupada."
        ),
        "Marked when the parties are two or more levels apart.": (
            "Se marca cuando las partes están a dos o más niveles de distancia."
        ),
        "The median of the parties' levels, rounded towards more risk.": (
            "La mediana de los niveles de las partes, redondeada hacia más riesgo."
        ),
        "The level the forum agrees on; starts at the suggested level.": (
            "El nivel que acuerda el foro; empieza en el nivel sugerido."
        ),
        "How the level was agreed. Required when a party's block (critical) is set aside.": (
            "Cómo se acordó el nivel. Obligatorio cuando se deja de lado el bloqueo (crítico) de una parte."
        ),
        "{party} ({role}); its colour in the radar chart.": (
            "{party} ({role}); su color en el gráfico de radar."
        ),
        "This assessment scored an earlier revision of the text: re-score it in History.": (
            "Esta evaluación puntuó una versión anterior del texto: vuelva a puntuarla en Historial."
        ),
        "{level} · BLOCK": "{level} · BLOQUEO",
        "{party} rates this factor critical: a block. The consensus cannot average it away; agreeing below "
        "critical needs a note saying how it was resolved.": (
            "{party} califica este factor como crítico: es un bloqueo. El consenso no puede diluirlo en un "
            "promedio; acordar un nivel menor que crítico requiere una nota que explique cómo se resolvió."
        ),
        "Scored an earlier text.": "Evaluó un texto anterior.",
        "The parties are two or more levels apart: discuss before agreeing.": (
            "Las partes están a dos o más niveles de distancia: discútanlo antes de acordar."
        ),
        "Blocked by {parties}: the suggestion does not remove the block.": (
            "Bloqueado por {parties}: la sugerencia no elimina el bloqueo."
        ),
        "The suggested level. Choose another if the forum agrees on it.": (
            "El nivel sugerido. Elija otro si el foro lo acuerda."
        ),
        "Changed from the suggested level ({level}).": "Cambiado respecto del nivel sugerido ({level}).",
        "Needed: how was the block by {parties} resolved?": (
            "Falta: ¿cómo se resolvió el bloqueo de {parties}?"
        ),
        "Double-click to write how the forum agreed this level.": (
            "Haga doble clic para escribir cómo acordó el foro este nivel."
        ),
        "⚠ earlier text": "⚠ texto anterior",
        "Levels between the parties: {n}": "Niveles de diferencia entre las partes: {n}",
    },
    "CompareView": {
        "Compare the parties' scores": "Comparar las puntuaciones de las partes",
        "Record agreed consensus": "Registrar el consenso acordado",
        "Save the Agreed column and the notes as the forum's consensus for the current text.": (
            "Guarda la columna Acordado y las notas como el consenso del foro sobre el texto actual."
        ),
        "Discuss: the parties are two or more levels apart. BLOCK: a party rates the factor critical; the "
        "suggested level never averages a block away. Agreed starts at the suggested level: choose another "
        "level where the forum agrees on it.": (
            "Discutir: las partes están a dos o más niveles de distancia. BLOQUEO: una parte califica el "
            "factor como crítico; el nivel sugerido nunca diluye un bloqueo en un promedio. Acordado "
            "empieza en el nivel sugerido: elija otro nivel donde el foro lo acuerde."
        ),
        "No party has scored this commitment yet.": "Ninguna parte ha evaluado todavía este compromiso.",
        "⚠ Scored an earlier text: {parties}. Their levels may not fit the current draft; re-score them in "
        "History before agreeing.": (
            "⚠ Evaluaron un texto anterior: {parties}. Sus niveles pueden no corresponder al borrador "
            "actual; vuelva a puntuarlos en Historial antes de acordar."
        ),
        "Write how the forum resolved the block for: {factors}.": (
            "Escriba cómo resolvió el foro el bloqueo en: {factors}."
        ),
        "No factor is two or more levels apart.": "Ningún factor tiene dos o más niveles de diferencia.",
        "No consensus recorded yet: Agreed starts at the suggested level.": (
            "Aún no hay consenso registrado: Acordado empieza en el nivel sugerido."
        ),
        "The consensus recorded on {when} by {who} scored an earlier text: Agreed starts at the suggested "
        "level again.": (
            "El consenso registrado el {when} por {who} evaluó un texto anterior: Acordado vuelve a "
            "empezar en el nivel sugerido."
        ),
        "Consensus recorded on {when} by {who}; Agreed shows it.": (
            "Consenso registrado el {when} por {who}; se muestra en Acordado."
        ),
        "Suggested level accepted ({level}).": "Nivel sugerido aceptado ({level}).",
        "Agreed {agreed}; the suggested level was {suggested}.": (
            "Acordado: {agreed}; el nivel sugerido era {suggested}."
        ),
        "Parties: {levels}.": "Partes: {levels}.",
        "Parties that scored it: {n}.": "Partes que lo evaluaron: {n}.",
        "Factors to discuss: {n}.": "Factores para discutir: {n}.",
        "Blocks (rated critical): {blocks}.": "Bloqueos (calificados como críticos): {blocks}.",
    },
    "DialogService": {
        "The database cannot be opened": "No se puede abrir la base de datos",
        "Feasibility cannot open its database. Nothing was changed in the file.": (
            "Feasibility no puede abrir su base de datos. No se modificó nada en el archivo."
        ),
        "The newest backup is {name}. Opening it keeps the damaged file beside it, renamed.": (
            "La copia de seguridad más reciente es {name}. Al abrirla, el archivo dañado se conserva a su "
            "lado, con otro nombre."
        ),
        "Open the newest backup": "Abrir la copia de seguridad más reciente",
        "Choose another file…": "Elegir otro archivo…",
        "Report written": "Informe guardado",
        "The report was saved as {path}.": "El informe se guardó como {path}.",
        "Open the PDF now": "Abrir el PDF ahora",
    },
    "HistoryView": {
        "History of the text": "Historial del texto",
        "Select a revision to see what it changed, or two revisions (Ctrl+click) to compare them. Under "
        "each revision: the assessments that scored it.": (
            "Seleccione una versión para ver qué cambió, o dos versiones (Ctrl+clic) para compararlas. "
            "Debajo de cada versión: las evaluaciones que la puntuaron."
        ),
        "Author / assessor": "Autor(a) / evaluador(a)",
        "Revision {n}": "Versión {n}",
        "(unknown author)": "(autor desconocido)",
        "current": "actual",
        "The current text: new assessments score this revision.": (
            "El texto actual: las nuevas evaluaciones puntúan esta versión."
        ),
        "parallel edit": "edición paralela",
        "based on {rev}": "basada en {rev}",
        "the first version": "la primera versión",
        "Unknown revision": "Versión desconocida",
        "The newest is current; compare them (Ctrl+click both) and merge by hand if needed.": (
            "La más reciente es la actual; compárelas (Ctrl+clic en ambas) y combínelas a mano si hace falta."
        ),
        "Parallel edit: {revisions} were each based on {parent}.": (
            "Edición paralela: {revisions} se basaron, cada una, en {parent}."
        ),
        "an unknown revision": "una versión desconocida",
        "superseded": "reemplazada",
        "A newer assessment by the same assessor replaces this one.": (
            "Una evaluación más reciente del mismo evaluador reemplaza a esta."
        ),
        "scored an earlier text": "evaluó un texto anterior",
        "This assessment scored an earlier revision; the text has changed since.": (
            "Esta evaluación puntuó una versión anterior; el texto cambió desde entonces."
        ),
        "scores the current text": "evalúa el texto actual",
        "Re-score": "Volver a puntuar",
        "Start a new assessment of the current text by {who}, from these scores.": (
            "Inicia una nueva evaluación del texto actual por {who}, a partir de estas puntuaciones."
        ),
        "Record a new agreed consensus in Compare.": "Registre un nuevo consenso acordado en Comparar.",
        "No revisions.": "No hay versiones.",
        "Select a revision.": "Seleccione una versión.",
        "{rev} by {author}, {when}: the first version of the text.": (
            "{rev}, de {author}, {when}: la primera versión del texto."
        ),
        "Changes from {old} ({old_author}, {old_when}) to {new} ({new_author}, {new_when})": (
            "Cambios de {old} ({old_author}, {old_when}) a {new} ({new_author}, {new_when})"
        ),
        "No differences in the text.": "No hay diferencias en el texto.",
        "Green, underlined: added. Red, struck through: removed.": (
            "Verde y subrayado: agregado. Rojo y tachado: eliminado."
        ),
        "Added: {m}": "Agregado: {m}",
        "Removed: {m}": "Eliminado: {m}",
        "New dates: {old} → {new}": "Nuevas fechas: {old} → {new}",
    },
    "LanguageMenu": {
        "&Language": "&Idioma",
    },
    "MilestonesModel": {
        "Output (verifiable product)": "Entregable (producto verificable)",
        "No date: IRM cannot verify a milestone without one (YYYY-MM-DD)": (
            "Sin fecha: el MRI no puede verificar un hito sin fecha (AAAA-MM-DD)"
        ),
        "Outside the plan's period": "Fuera del periodo del plan",
        "Date as YYYY-MM-DD": "Fecha como AAAA-MM-DD",
    },
    "NavigatorWidget": {
        "&Plan:": "&Plan:",
        "Find a commitment, agency or word (Ctrl+F)": "Buscar (Ctrl+F): compromiso, dependencia, palabra",
        "Filter commitments": "Filtrar compromisos",
        "Action plan shown": "Plan de acción mostrado",
        "All plans": "Todos los planes",
        "%n commitment(s)": ("%n compromiso", "%n compromisos"),
    },
    "NewPlanDialog": {
        "New action plan": "Nuevo plan de acción",
        "&Title:": "&Título:",
        "C&ountry:": "&País:",
        "&Start:": "&Inicio:",
        "&End:": "&Fin:",
        "e.g. Third National Action Plan 2016–2018": "p. ej., Tercer Plan de Acción 2016–2018",
        "&Parties of the forum (who negotiates the plan):": "Pa&rtes del foro (quienes negocian el plan):",
        "&Add party": "&Agregar parte",
        "&Remove party": "&Quitar parte",
        "Plan title": "Título del plan",
        "Plan start date": "Fecha de inicio del plan",
        "Plan end date": "Fecha de término del plan",
    },
    "RadarWidget": {
        "Risk radar chart": "Gráfico de radar de riesgos",
    },
    "DueDateDelegate": {
        "YYYY-MM-DD": "AAAA-MM-DD",
    },
    "FactorCard": {
        "Not assessed yet. Choose the level whose description fits best (keys 1–4, 0 to clear).": (
            "Aún sin evaluar. Elija el nivel cuya descripción se ajuste mejor (teclas 1–4; 0 para borrar)."
        ),
        "Description of the chosen level": "Descripción del nivel elegido",
        "Wording findings: %n": ("Alertas de redacción: %n", "Alertas de redacción: %n"),
        "The wording checks flagged phrases in the draft text that bear on this factor.": (
            "La revisión de redacción marcó frases del texto del borrador que tienen que ver con este factor."
        ),
        "Factor: {factor}": "Factor: {factor}",
        "Key {digit}": "Tecla {digit}",
        "{factor}: {level}": "{factor}: {level}",
        "Evidence:": "Evidencia:",
        "Evidence: {basis}": "Evidencia: {basis}",
        "Rationale": "Justificación",
        "Why this level? Cite facts the forum can check.": (
            "¿Por qué este nivel? Cite hechos que el foro pueda comprobar."
        ),
        "Rationale for {factor}": "Justificación de {factor}",
        "Mitigations": "Medidas de mitigación",
        "Add mitigation": "Agregar medida",
        "Add a mitigation for {factor}": "Agregar una medida de mitigación para {factor}",
        "Remove": "Quitar",
        "Remove the selected mitigations": "Quitar las medidas seleccionadas",
        "No mitigations recorded.": "No hay medidas de mitigación registradas.",
        "Action": "Acción",
        "Owner": "Responsable",
        "Due": "Plazo",
        "Due date, YYYY-MM-DD": "Fecha límite, AAAA-MM-DD",
        "Mitigations for {factor}": "Medidas de mitigación para {factor}",
        "Not assessed.": "Sin evaluar.",
    },
    "VerdictPanel": {
        "Overall risk": "Riesgo general",
        "Unverified assumptions": "Supuestos sin verificar",
        "What would lower the risk most": "Qué reduciría más el riesgo",
        "Overall risk: {band}": "Riesgo general: {band}",
        "Raised to {band}: a critical risk cannot be averaged away ({factors}).": (
            "Elevado a {band}: un riesgo crítico no se puede diluir en un promedio ({factors})."
        ),
        "Critical: {factors}.": "Crítico: {factors}.",
        "Incomplete: %n of {total} factors not assessed": (
            "Incompleto: %n de {total} factores sin evaluar",
            "Incompleto: %n de {total} factores sin evaluar",
        ),
        "Low or moderate levels that rest on assumed, not verified, evidence.": (
            "Niveles bajos o moderados que se apoyan en evidencia supuesta, no verificada."
        ),
        "Every assessed factor is already at Low: nothing left to mitigate.": (
            "Todos los factores evaluados ya están en Bajo: no queda nada por mitigar."
        ),
        "Mitigating {factor} by one level would move the verdict from {from} to {to}.": (
            "Mitigar {factor} en un nivel movería el resultado de {from} a {to}."
        ),
        "No single mitigation changes the verdict ({band}); mitigating {factor} lowers the score most, "
        "from {before} to {after}.": (
            "Ninguna mitigación por sí sola cambia el resultado ({band}); mitigar {factor} es lo que más "
            "baja la puntuación, de {before} a {after}."
        ),
        "No single mitigation changes the verdict ({band}); mitigating any one factor by one level lowers "
        "the score from {before} to {after}.": (
            "Ninguna mitigación por sí sola cambia el resultado ({band}); mitigar cualquier factor en un "
            "nivel baja la puntuación de {before} a {after}."
        ),
        "No single mitigation changes the verdict ({band}); mitigating any one of {factors} lowers the "
        "score most, from {before} to {after}.": (
            "Ninguna mitigación por sí sola cambia el resultado ({band}); mitigar cualquiera de {factors} "
            "es lo que más baja la puntuación, de {before} a {after}."
        ),
    },
    "WordingChecker": {
        "{factor} — {severity}: {message}": "{factor} — {severity}: {message}",
        "Drafting": "Redacción",
        "high": "alta",
        "medium": "media",
        "low": "baja",
    },
    "AssessmentPanel": {
        "Assessment": "Evaluación",
        "Assessment by {name} ({role})": "Evaluación de {name} ({role})",
        "Assessment by {name}": "Evaluación de {name}",
        "{header} (read only)": "{header} (solo lectura)",
        "Read only: this assessment cannot be edited here.": (
            "Solo lectura: esta evaluación no se puede editar aquí."
        ),
        "Keys 1–4 set the level of the highlighted factor (0 = not assessed); Tab moves on.": (
            "Las teclas 1–4 fijan el nivel del factor resaltado (0 = sin evaluar); Tab pasa al siguiente."
        ),
    },
    "IrmPrecheckBox": {
        "IRM pre-check": "Revisión previa del MRI",
        "What the Independent Reporting Mechanism will ask after submission, asked before signing.": (
            "Lo que preguntará el Mecanismo de Revisión Independiente después de la entrega, preguntado "
            "antes de firmar."
        ),
        "Verifiable?": "¿Verificable?",
        "Unknown": "No se sabe",
        "Verifiable: {answer}": "Verificable: {answer}",
        "Could someone check, from the text alone, whether it was done? The wording checks help.": (
            "¿Podría alguien comprobar, solo con el texto, si se cumplió? La revisión de redacción ayuda."
        ),
        "Why these values?": "¿Por qué estos valores?",
        "How the commitment serves each value you ticked.": (
            "Cómo sirve el compromiso a cada valor que marcó."
        ),
        "Open-government lens note": "Nota sobre el enfoque de gobierno abierto",
        "Potential for results:": "Potencial de resultados:",
        "Potential for results": "Potencial de resultados",
    },
    "FindingsList": {
        "Risky phrases in the draft text. Press Enter to select a phrase in the draft.": (
            "Frases riesgosas en el texto del borrador. Pulse Enter para seleccionar una frase en el "
            "borrador."
        ),
        "%n finding(s)": ("%n alerta", "%n alertas"),
    },
    "FindingsModel": {
        "{severity}: {factor} {phrase}. {message}": "{severity}: {factor} {phrase}. {message}",
    },
    "DraftEditor": {
        "Draft text": "Texto del borrador",
        "Risky wording is highlighted as you type; the findings are listed beside the text.": (
            "La redacción riesgosa se resalta mientras escribe; las alertas aparecen junto al texto."
        ),
    },
    "MainWindow": {
        "&Commitment": "&Compromiso",
        "Cannot read the database": "No se puede leer la base de datos",
        "(untitled)": "(sin título)",
        "{title} — Feasibility": "{title} — Feasibility",
        "Feasibility": "Feasibility",
        "Saved {time}": "Guardado a las {time}",
        "Not saved: {reason} Your edits are kept here; saving is retried.": (
            "No guardado: {reason} Sus cambios se conservan aquí; se volverá a intentar guardar."
        ),
        "New commitment": "Nuevo compromiso",
        "Delete commitment": "Eliminar compromiso",
        "Delete “{title}” with its assessments? Edit ▸ Undo (Ctrl+Z) brings it back.": (
            "¿Eliminar “{title}” con sus evaluaciones? Editar ▸ Deshacer (Ctrl+Z) lo recupera."
        ),
        "About Feasibility": "Acerca de Feasibility",
        "Feasibility scores a draft Open Government Partnership commitment against six risk factors, so a "
        "forum sees before signing what could stop it.\n\nDatabase: {location}": (
            "Feasibility evalúa un borrador de compromiso de la Alianza para el Gobierno Abierto frente a "
            "seis factores de riesgo, para que el foro vea antes de firmar qué podría frenarlo.\n\nBase de "
            "datos: {location}"
        ),
        "&File": "&Archivo",
        "&Edit": "&Editar",
        "&View": "&Ver",
        "&Help": "Ay&uda",
        "New &plan…": "Nuevo &plan…",
        "Create an action plan with its forum's parties": "Crear un plan de acción con las partes de su foro",
        "&New commitment": "&Nuevo compromiso",
        "Add a draft commitment to the plan": "Agregar un borrador de compromiso al plan",
        "&Delete commitment…": "&Eliminar compromiso…",
        "Delete it (undo restores it)": "Eliminarlo (deshacer lo restaura)",
        "&Export report…": "E&xportar informe…",
        "Write this commitment's risk report as PDF": (
            "Generar el informe de riesgos de este compromiso en PDF"
        ),
        "Export plan rep&ort…": "Exportar informe del p&lan…",
        "Write the whole action plan's portfolio report as PDF": (
            "Generar en PDF el informe de cartera de todo el plan de acción"
        ),
        "&Quit": "&Salir",
        "&Find commitment": "&Buscar compromiso",
        "Go to the navigator's filter box": "Ir al cuadro de búsqueda del navegador",
        "&Presentation mode": "Modo &presentación",
        "Larger text and stronger contrast for a projector (F11)": (
            "Texto más grande y más contraste para un proyector (F11)"
        ),
        "Ne&xt factor": "Factor &siguiente",
        "P&revious factor": "Factor &anterior",
        "&About Feasibility": "&Acerca de Feasibility",
        "&Undo": "&Deshacer",
        "&Redo": "&Rehacer",
        "Save status": "Estado del guardado",
        "Unsaved changes": "Cambios sin guardar",
        "Your last changes could not be saved: {reason}\nClose anyway and lose them?": (
            "No se pudieron guardar sus últimos cambios: {reason}\n¿Cerrar de todos modos y perderlos?"
        ),
        "Close without saving": "Cerrar sin guardar",
        "&Undo {action}": "&Deshacer: {action}",
        "&Redo {action}": "&Rehacer: {action}",
        "Opening the database…": "Abriendo la base de datos…",
        "C&ompare": "C&omparar",
        "H&istory": "H&istorial",
        "To score, type your name in the Assessor box of the toolbar (Alt+A).": (
            "Para evaluar, escriba su nombre en el cuadro Evaluador(a) de la barra de herramientas (Alt+V)."
        ),
        "Delete plan": "Eliminar plan",
        "Delete the action plan “{title}” with its %n commitment(s)? "
        "Edit ▸ Undo (Ctrl+Z) brings them back.": (
            "¿Eliminar el plan de acción “{title}” con su %n compromiso? Editar ▸ Deshacer (Ctrl+Z) lo "
            "recupera.",
            "¿Eliminar el plan de acción “{title}” con sus %n compromisos? Editar ▸ Deshacer (Ctrl+Z) los "
            "recupera.",
        ),
        "Someone": "Alguien",
        "De&lete plan…": "Eliminar pl&an…",
        "Delete the chosen action plan with its commitments (undo restores it)": (
            "Eliminar el plan de acción elegido con sus compromisos (deshacer lo restaura)"
        ),
        "E&xport exchange file…": "Exportar archivo de &intercambio…",
        "Save the plan's commitments and scores for another laptop": (
            "Guardar los compromisos y puntuaciones del plan para otra computadora"
        ),
        "&Import exchange file…": "I&mportar archivo de intercambio…",
        "Add what another laptop's exchange file has; nothing here is overwritten": (
            "Agregar lo que trae el archivo de intercambio de otra computadora; aquí no se sobrescribe nada"
        ),
        "Export spreadsheet (&CSV)…": "Exportar hoja de cálculo (&CSV)…",
        "One row per commitment and factor, for a spreadsheet": (
            "Una fila por compromiso y factor, para una hoja de cálculo"
        ),
        "{who} saved a parallel edit at {time}. Both versions are kept: nothing was overwritten.": (
            "{who} guardó una edición paralela a las {time}. Se conservan ambas versiones: no se "
            "sobrescribió nada."
        ),
        "Plan &settings…": "C&onfiguración del plan…",
        "Title, period, factor weights and forum parties of the chosen action plan": (
            "Título, periodo, pesos de los factores y partes del foro del plan de acción elegido"
        ),
    },
    "Session": {
        "Delete “{title}”": "Eliminar “{title}”",
        "Commitment not found": "No se encontró el compromiso",
        "Cannot read the commitment": "No se puede leer el compromiso",
        "{factor}: {level}": "{factor}: {level}",
        "Edit {factor}": "Editar {factor}",
        "Edit IRM pre-check": "Editar la revisión previa del MRI",
        "This commitment was deleted. Undo (Ctrl+Z) to restore it.": (
            "Este compromiso se eliminó. Deshaga (Ctrl+Z) para restaurarlo."
        ),
        "Two people edited this commitment in parallel. The newer text is shown; the other is kept in its "
        "history.": (
            "Dos personas editaron este compromiso en paralelo. Se muestra el texto más reciente; el otro "
            "se conserva en su historial."
        ),
        "Edit title": "Editar título",
        "Edit problem": "Editar problema",
        "Edit status quo": "Editar situación actual",
        "Edit draft text": "Editar texto del borrador",
        "Edit how it helps": "Editar cómo ayuda",
        "Change open-government values": "Cambiar valores de gobierno abierto",
        "Edit lead agency": "Editar dependencia responsable",
        "Edit government actors": "Editar actores de gobierno",
        "Edit civil-society actors": "Editar actores de la sociedad civil",
        "Edit budget": "Editar presupuesto",
        "Change start date": "Cambiar fecha de inicio",
        "Change end date": "Cambiar fecha de término",
        "Change status": "Cambiar estado",
        "Change text language": "Cambiar idioma del texto",
        "Edit milestones": "Editar hitos",
        "Edit commitment": "Editar compromiso",
        "The change could not be saved": "No se pudo guardar el cambio",
        "The database file is read-only.": "El archivo de la base de datos es de solo lectura.",
        "The disk is full or cannot be written.": "El disco está lleno o no se puede escribir en él.",
        "The database is busy (locked by another program).": (
            "La base de datos está ocupada (bloqueada por otro programa)."
        ),
        "New plan": "Nuevo plan",
        "Delete plan “{title}”": "Eliminar plan “{title}”",
        "Someone else changed this plan": "Otra persona modificó este plan",
        "{reason}\nYour changes were not saved and are still in the form: check the plan's current "
        "settings, then save again.": (
            "{reason}\nSus cambios no se guardaron y siguen en el formulario: revise la configuración "
            "actual del plan y vuelva a guardar."
        ),
    },
    "ReportActions": {
        "Export report": "Exportar informe",
        "PDF documents (*.pdf)": "Documentos PDF (*.pdf)",
        "Reports are not available": "Los informes no están disponibles",
        "This installation cannot write PDF reports ({reason}).": (
            "Esta instalación no puede generar informes PDF ({reason})."
        ),
        "Writing the report…": "Generando el informe…",
        "Writing {name}…": "Generando {name}…",
        "Report written: {path}": "Informe guardado: {path}",
        "The report could not be written": "No se pudo generar el informe",
    },
    "AssessorBar": {
        "{party} ({role})": "{party} ({role})",
        "Assessor": "Evaluador(a)",
        "&Assessor:": "E&valuador(a):",
        "Pa&rty:": "Pa&rte:",
        "Type your name to score": "Escriba su nombre para evaluar",
        "Assessor name": "Nombre del evaluador",
        "Whose assessment is being edited": "De quién es la evaluación que se edita",
        "Assessor's party": "Parte del evaluador",
        "The forum party (or role) the assessor speaks for": (
            "La parte del foro (o el rol) en cuyo nombre habla el evaluador"
        ),
    },
    "DatabaseOpening": {
        "The backup cannot be restored": "No se puede restaurar la copia de seguridad",
        "Restoring {backup} failed: {reason}": "No se pudo restaurar {backup}: {reason}",
        "Choose a Feasibility database": "Elija una base de datos de Feasibility",
        "Feasibility databases (*.db *.sqlite);;All files (*)": (
            "Bases de datos de Feasibility (*.db *.sqlite);;Todos los archivos (*)"
        ),
    },
    "ExchangeActions": {
        "all-plans": "todos-los-planes",
        "The exchange file was not used": "No se usó el archivo de intercambio",
        "{reason}\nNothing was changed in the database.": (
            "{reason}\nNo se modificó nada en la base de datos."
        ),
        "Export exchange file": "Exportar archivo de intercambio",
        "Feasibility exchange files (*.json)": "Archivos de intercambio de Feasibility (*.json)",
        "Exchange file written": "Archivo de intercambio guardado",
        "{path}\n{plans}, {commitments}, {revisions}, {assessments}.\nGive it to the other laptops: File ▸ "
        "Import exchange file… adds what they lack.": (
            "{path}\n{plans}, {commitments}, {revisions}, {assessments}.\nPáselo a las otras computadoras: "
            "Archivo ▸ Importar archivo de intercambio… agrega lo que les falte."
        ),
        "%n plan(s)": ("%n plan", "%n planes"),
        "%n revision(s)": ("%n versión", "%n versiones"),
        "%n assessment(s)": ("%n evaluación", "%n evaluaciones"),
        "Export spreadsheet (CSV)": "Exportar hoja de cálculo (CSV)",
        "CSV spreadsheets (*.csv)": "Hojas de cálculo CSV (*.csv)",
        "Spreadsheet written: {path} (%n row(s))": (
            "Hoja de cálculo guardada: {path} (%n fila)",
            "Hoja de cálculo guardada: {path} (%n filas)",
        ),
        "Import exchange file": "Importar archivo de intercambio",
        "Feasibility exchange files (*.json);;All files (*)": (
            "Archivos de intercambio de Feasibility (*.json);;Todos los archivos (*)"
        ),
        "Nothing to import": "No hay nada que importar",
        "Nothing in this database is overwritten or deleted. Import now?": (
            "No se sobrescribe ni se elimina nada de esta base de datos. ¿Importar ahora?"
        ),
        "Import": "Importar",
        "Checking {name}…": "Revisando {name}…",
        "Exchange file imported": "Archivo de intercambio importado",
        "Importing {name}…": "Importando {name}…",
        "%n agreed consensus(es)": ("%n consenso acordado", "%n consensos acordados"),
        "%n deletion(s) or restoration(s)": (
            "%n eliminación o restauración",
            "%n eliminaciones o restauraciones",
        ),
        "{name} adds nothing new: this database already has all of it.": (
            "{name} no agrega nada nuevo: esta base de datos ya lo tiene todo."
        ),
        "{name} would add: {what}.": "{name} agregaría: {what}.",
        "Added from {name}: {what}.": "Agregado desde {name}: {what}.",
        "The plan “{title}” has other settings here; the local ones are kept.": (
            "El plan “{title}” tiene otra configuración aquí; se conserva la local."
        ),
    },
    "PartyTabs": {
        "Agreed level": "Nivel acordado",
        "Agreement note": "Nota del acuerdo",
        "Who records the consensus?": "¿Quién registra el consenso?",
        "Type your name in the Assessor box of the toolbar, then record the consensus again.": (
            "Escriba su nombre en el cuadro Evaluador(a) de la barra de herramientas y vuelva a registrar "
            "el consenso."
        ),
        "The consensus was not recorded": "No se registró el consenso",
        "Not re-scored": "No se volvió a puntuar",
    },
    "PlanSettingsDialog": {
        "Give the plan a title.": "Póngale un título al plan.",
        "The end date must be after the start date.": (
            "La fecha de término debe ser posterior a la de inicio."
        ),
        "At least one factor needs a weight above 0.": "Al menos un factor necesita un peso mayor que 0.",
        "The forum needs at least one party.": "El foro necesita al menos una parte.",
        "Every party needs a name: type one, or remove the empty row.": (
            "Cada parte necesita un nombre: escriba uno o quite la fila vacía."
        ),
        "title “{value}”": "título “{value}”",
        "country “{value}”": "país “{value}”",
        "period {start} to {end}": "periodo del {start} al {end}",
        "{factor} weight {value}": "peso de {factor}: {value}",
        "parties: {names}": "partes: {names}",
        "Someone else saved this plan while you were editing it. Your values are shown below; OK saves "
        "them over theirs.": (
            "Otra persona guardó este plan mientras usted lo editaba. Abajo se muestran sus valores; "
            "Aceptar los guarda en lugar de los de esa persona."
        ),
        "Their saved version differs in: {list}.": "Su versión guardada difiere en: {list}.",
        "Plan settings — {title}": "Configuración del plan — {title}",
        "&Title:": "&Título:",
        "C&ountry:": "&País:",
        "&Period:": "Peri&odo:",
        "to": "a",
        "Plan title": "Título del plan",
        "Plan start date": "Fecha de inicio del plan",
        "Plan end date": "Fecha de término del plan",
        "Factor weights": "Pesos de los factores",
        "{factor}:": "{factor}:",
        "Weight of {factor}": "Peso de {factor}",
        "Weights change the overall score of every commitment in this plan: a factor weighted 2 counts "
        "twice as much as one weighted 1. A weight of 0 leaves the factor out of the mean (a critical "
        "factor still raises the band).": (
            "Los pesos cambian la puntuación general de cada compromiso de este plan: un factor con peso 2 "
            "cuenta el doble que uno con peso 1. Un peso 0 deja el factor fuera del promedio (un factor "
            "crítico igual eleva la banda)."
        ),
        "&Equal weights": "Pesos &iguales",
        "Set every weight to 1": "Poner todos los pesos en 1",
        "Parties of the forum (who negotiates the plan)": "Partes del foro (quienes negocian el plan)",
        "&Add party": "&Agregar parte",
        "&Remove party": "&Quitar parte",
        "Move &up": "&Subir",
        "Move &down": "Ba&jar",
    },
}
