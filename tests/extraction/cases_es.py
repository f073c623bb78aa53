"""Spanish sentences written for the tests (none from the corpora or the dev set); format as in cases_fr.py.

Decisions the Spanish data follows (DESIGN.md): a hunger strike is coded as a strike with the
subtype "hunger strike", as in French and English; "paro" is a strike except where it means
unemployment; a strike called or announced but not yet held is not coded."""

CASES = [
    # strike: huelga, paro, dates with "de"
    ("El 3 de enero de 2022, unos 2.000 mineros iniciaron una huelga en Oviedo.", "2022-01-10",
     {"strike": {"date_start": "2022-01-03", "participants": 2000, "admin1": "ES-AS"}}),
    ("Los estibadores del puerto de Valparaíso están en huelga desde el 5 de marzo.", "2023-03-12",
     {"strike": {"date_start": "2023-03-05", "date_end": "2023-03-12", "admin1": "CL-VS"}}),
    ("El pasado martes, los docentes de Tegucigalpa realizaron un paro de 24 horas.", "2023-05-12",
     {"strike": {"date_start": "2023-05-09", "country": "HN"}}),
    ("Un paro nacional paralizó Ecuador el lunes.", "2022-06-15",
     {"strike": {"subtype": "general strike", "date_start": "2022-06-13", "country": "EC"}}),
    ("Los mineros de la cooperativa dejaron de trabajar el lunes en Oruro.", "2023-10-05",
     {"strike": {"date_start": "2023-10-02", "country": "BO"}}),
    ("Los choferes de autobuses de Lima se declararon en huelga ayer.", "2023-10-05",
     {"strike": {"date_start": "2023-10-04", "admin1": "PE-LMA"}}),
    ("Cinco trabajadores despedidos mantienen una huelga de hambre en Rosario desde el 2 de mayo.", "2024-05-09",
     {"protest": {"subtype": "hunger strike", "date_start": "2024-05-02", "country": "AR"}}),
    # protest: marcha, manifestación
    ("Miles de personas marcharon el sábado por el centro de Bogotá.", "2021-05-03",
     {"protest": {"date_start": "2021-05-01", "participants": 2000, "admin1": "CO-DC"}}),
    ("Una manifestación de jubilados recorrió las calles de Montevideo el 12 de abril.", "2023-04-14",
     {"protest": {"date_start": "2023-04-12", "country": "UY"}}),
    ("Cientos de campesinos bloquearon la carretera entre Oruro y La Paz del 3 al 5 de junio.", "2023-06-08",
     {"protest": {"date_start": "2023-06-03", "date_end": "2023-06-05", "country": "BO"}}),
    ("Vecinos de Zaragoza se concentraron frente al ayuntamiento el pasado viernes.", "2024-02-20",
     {"protest": {"date_start": "2024-02-16", "country": "ES"}}),
    # una ruta cortada por manifestantes (por un alud, no); una multitud que inunda las calles
    ("La ruta 9 quedó cortada por los manifestantes el lunes en Jujuy.", "2024-06-05",
     {"protest": {"date_start": "2024-06-03", "admin1": "AR-Y"}}),
    ("Miles de personas inundaron las calles de Rosario el viernes.", "2024-06-05", {"protest": {"country": "AR"}}),
    ("La carretera fue cortada por un alud el lunes en Mendoza.", "2024-06-05", {}),
    # riot and repression
    ("Jóvenes encapuchados se enfrentaron con la policía en Santiago el 18 de octubre.", "2019-10-20",
     {"riot": {"date_start": "2019-10-18", "country": "CL"}}),
    ("La policía lanzó gases lacrimógenos contra los manifestantes en Quito.", "2019-10-09",
     {"repression": {"country": "EC"}}),
    # arrest: detenidos
    ("Al menos 40 manifestantes fueron detenidos el domingo en Caracas.", "2017-05-02",
     {"arrest": {"date_start": "2017-04-30", "arrests": 40, "country": "VE"}}),
    ("La protesta en Managua terminó con 12 detenidos.", "2018-04-25",
     {"protest": {"country": "NI"}, "arrest": {"arrests": 12, "country": "NI"}}),
    # restriction: toque de queda, estado de emergencia
    ("El gobierno decretó el toque de queda en Cali el 1 de mayo.", "2021-05-04",
     {"restriction": {"date_start": "2021-05-01", "country": "CO"}}),
    ("Perú declaró el estado de emergencia en Puno hasta el 19 de enero.", "2023-01-05",
     {"restriction": {"date_end": "2023-01-19", "country": "PE"}}),
    # deployment, layoff, concession
    ("El ejército desplegó 500 soldados en las calles de Tegucigalpa.", "2017-12-03",
     {"deployment": {"country": "HN"}}),
    ("La empresa despidió a 300 trabajadores de su planta de Monterrey el 8 de agosto.", "2022-08-10",
     {"layoff": {"date_start": "2022-08-08", "country": "MX"}}),
    ("El gobierno derogó el decreto sobre el precio del combustible el domingo.", "2019-10-15",
     {"concession": {"date_start": "2019-10-13"}}),
    # negatives: called, announced, threatened, voted, unemployment, sport, markets, crime, war
    ("Los sindicatos han convocado una huelga general para el 15 de marzo.", "2023-03-01", {}),
    ("La huelga anunciada por los pilotos afectaría a cientos de vuelos.", "2023-06-01", {}),
    ("Los trabajadores amenazan con ir a la huelga si no hay acuerdo.", "2022-11-02", {}),
    ("Los afiliados votaron a favor de una huelga indefinida.", "2022-11-02", {}),
    ("El paro registrado bajó en 20.000 personas en octubre.", "2023-11-03", {}),
    ("La tasa de paro se situó en el 12 % en el tercer trimestre.", "2023-10-27", {}),
    # unemployment told verb first, a heart that stops (also spelt with one r), pilgrims who walk
    ("En junio sube el paro en Jaén y Córdoba.", "2024-07-05", {}),
    ("Un vecino de Mendoza sufrió el lunes un paro cardiorespiratorio en la plaza.", "2024-07-05", {}),
    ("Cientos de feligreses marcharon el domingo desde la aldea hasta la basílica de Esquipulas.", "2024-07-05", {}),
    ("Los fieles salieron el sábado a peregrinar desde la aldea y celebraron una vigilia en la basílica.",
     "2024-07-05", {}),
    # "solidario" as charity names no solidarity of ours; workers who side with others do
    ("El domingo se celebró en Vigo una carrera solidaria a favor del banco de alimentos.", "2024-07-05", {}),
    ("La cooperativa de Rosario presentó el lunes un programa de economía solidaria para los barrios.", "2024-07-05",
     {}),
    ("Enseñar reanimación a los vecinos de Salta es una acción solidaria y barata, explicó el lunes el médico.",
     "2024-07-05", {}),
    ("Los docentes de Neuquén se solidarizaron el lunes con los mineros despedidos.", "2024-07-05",
     {"solidarity": {"date_start": "2024-07-01"}}),
    # a strike that grows is still a strike
    ("En Salta crece el paro docente: los maestros no dieron clases el lunes.", "2024-07-05",
     {"strike": {"date_start": "2024-07-01"}}),
    ("El Real Madrid goleó al Sevilla en un partido marcado por la lluvia.", "2023-03-05", {}),
    ("El atleta ganó la prueba de 20 kilómetros de marcha en Tokio.", "2021-08-06", {}),
    ("La Bolsa de Madrid cerró con un fuerte repunte tras una semana de caídas.", "2023-03-17", {}),
    ("La policía detuvo a dos hombres por el robo de una joyería en Sevilla.", "2024-01-12", {}),
    ("No hubo huelga en el puerto de Barcelona.", "2023-06-10", {}),
    ("Los conductores de autobuses van a huelga en Asunción.", "2023-06-10", {}),
    ("Los mineros votaron por iniciar una huelga en Cerro Verde.", "2023-06-10", {}),
    ("Las movilizaciones ya están programadas en Sevilla.", "2023-06-10", {}),
    ("Los delincuentes se movilizaban en motocicletas robadas por Medellín.", "2023-06-10", {}),
    ("Los hoteles de Cancún alcanzaron un 95 % de ocupación.", "2023-04-10", {}),
    ("El sindicato hizo todos los esfuerzos por lograr un acuerdo con la empresa.", "2023-04-10", {}),
    ("El ministro manifestó su preocupación por la inflación.", "2023-04-04", {}),
    # crime told in the sentence or the one before (unless): suspects' arrests are not coded
    ("Dos hombres asaltaron una farmacia en Sevilla. Horas después fueron detenidos en la calle Feria.", "2024-03-10", {}),
    ("La Policía Nacional ha detenido a un hombre de 40 años en Madrid por estafar a ancianos.", "2024-03-10", {}),
    ("Decenas de migrantes fueron detenidos en la frontera con Estados Unidos.", "2024-03-10", {}),
    # war and armed groups (unless): no riot, repression or deployment of ours
    ("Los enfrentamientos entre el ejército y los rebeldes dejaron 20 muertos en Sudán.", "2024-03-10", {}),
    ("Las tropas bombardearon los barrios del sur de Jersón y abrieron fuego contra los civiles.", "2024-03-10", {}),
    ("El gobierno desplegó 10.000 soldados en la frontera para frenar la migración.", "2024-03-10", {}),
    # sport (unless) and campaigning ("mitin" is no trigger)
    ("El Barcelona venció al Atlético en un choque vibrante en el Camp Nou.", "2024-03-10", {}),
    ("El equipo protestó la decisión del árbitro en el partido del domingo.", "2024-03-10", {}),
    ("Los jugadores del club se declararon en huelga por los salarios impagados.", "2024-03-10", {}),
    ("El candidato cerró la campaña con un multitudinario mitin en Caracas.", "2024-03-10", {}),
    ("La concentración de ozono superó los límites en Madrid.", "2024-03-10", {}),
    # lo que se concentra sin ser gente no protesta ("el crecimiento urbano se concentra en la costa")
    ("El crecimiento urbano se concentra en la costa de Manabí, según el censo.", "2024-03-10", {}),
    ("El sábado la atención se concentró en el desfile de Montevideo.", "2024-03-10", {}),
    # los convocantes de una huelga la anuncian; la huelga que siguió, dicha por ellos, tuvo lugar
    ("Los sindicatos convocantes de la huelga acusan a la naviera de incumplir el convenio en Tenerife.",
     "2024-03-10", {}),
    ("Según los sindicatos convocantes, la huelga de los estibadores paralizó el lunes el puerto de Valencia.",
     "2024-03-10", {"strike": {"date_start": "2024-03-04"}}),
    # a course of action (courses), called off (governors), an infinitive of intent (preceding)
    ("Frente a los despidos, nuestra respuesta será la huelga y la calle, afirmó el delegado.", "2024-03-10", {}),
    ("Los sindicatos desconvocaron la huelga del metro de Madrid.", "2024-03-10", {}),
    ("La marcha prevista para el jueves en Sevilla fue cancelada por los organizadores.", "2024-03-10", {}),
    ("Los maestros aplazaron el paro del lunes hasta nuevo aviso.", "2024-03-10", {}),
    ("La votación para ir a la huelga se celebrará el miércoles en Vigo.", "2024-03-10", {}),
    # ... while the same words in a report of what happened still count
    ("La huelga fue la respuesta de los mineros de Asturias al cierre del pozo el 4 de marzo.", "2024-03-10",
     {"strike": {"date_start": "2024-03-04", "admin1": "ES-AS"}}),
    ("Los mineros fueron a la huelga el 4 de marzo en Guerrero.", "2024-03-10",
     {"strike": {"date_start": "2024-03-04", "admin1": "MX-GRO"}}),
    # force on a blockade or on strikers (repression.paired); shots by forces, not by unknown gunmen
    ("Los carabineros despejaron los bloqueos de la ruta 5 el martes en Temuco.", "2024-03-10",
     {"repression": {"date_start": "2024-03-05", "admin1": "CL-AR"}}),
    ("La policía desalojó a los huelguistas de la planta de Córdoba el jueves.", "2024-03-10",
     {"repression": {"date_start": "2024-03-07", "country": "AR"}}),
    ("Los bomberos desalojaron un edificio en llamas en Rosario.", "2024-03-10", {}),
    ("Un comerciante murió por disparos de desconocidos en Cali.", "2024-03-10", {}),
    ("Los gendarmes avanzaron sobre los manifestantes en el puente de Neuquén el viernes.", "2024-03-10",
     {"repression": {"date_start": "2024-03-08", "admin1": "AR-Q"}}),
    # los muertos de un enfrentamiento van al evento de la fuerza (regla 6 de DESIGN.md)
    ("Tres campesinos murieron en un fuego cruzado con la policía en Oaxaca.", "2024-03-10",
     {"riot": {"admin1": "MX-OAX", "fatalities": None}, "repression": {"admin1": "MX-OAX", "fatalities": 3}}),
    # a blockade broken up was a blockade: repression (intervenir + bloqueo) and protest
    ("La policía intervino los puntos de bloqueo en Oruro el lunes.", "2024-06-05",
     {"repression": {"date_start": "2024-06-03", "admin1": "BO-O"}, "protest": {"date_start": "2024-06-03"}}),
    ("Los obreros mantuvieron tomada la planta de Quilmes durante tres días.", "2024-06-05",
     {"protest": {"admin1": "AR-B"}}),
    # a rise accepted (concession.paired); an invitation accepted is none
    ("La empresa aceptó el aumento salarial del 12 % que pedían los mineros de Potosí.", "2024-03-10",
     {"concession": {"country": "BO"}}),
    ("Los estudiantes aceptaron la invitación del rector.", "2024-03-10", {}),
    # a statement of the publishing organisation; a stoppage named "paralización"
    ("Expresamos nuestro profundo repudio ante los despidos en la fábrica de Monterrey.", "2024-03-10",
     {"solidarity": {"country": "MX"}, "layoff": {"country": "MX"}}),
    ("La paralización de los mineros de Oruro cumplió su tercer día el lunes.", "2024-03-10",
     {"strike": {"admin1": "BO-O"}}),
    # a team's camp, an air strike translated word for word, pilgrims, fans, works halted
    ("La selección española inició este lunes su concentración en Las Rozas para preparar la Eurocopa.",
     "2024-06-05", {}),
    ("La huelga aérea israelí destruyó un edificio en Gaza.", "2024-06-05", {}),
    ("Miles de peregrinos marcharon hacia la basílica de Guadalupe en la Ciudad de México.", "2024-06-05", {}),
    ("Los aficionados del Boca Juniors celebraron el título con una caravana por Buenos Aires.", "2024-06-05", {}),
    ("La paralización de las obras del metro de Quito retrasará la inauguración.", "2024-06-05", {}),
    # "choque" is a riot only between a crowd and forces (riot.paired)
    ("La Bolsa sufrió un fuerte choque por la subida de los aranceles.", "2024-06-05", {}),
    ("Hubo choques entre manifestantes y carabineros el martes en Valparaíso.", "2024-06-05",
     {"riot": {"date_start": "2024-06-04", "admin1": "CL-VS"}}),
    # the lead says what the story is about: a robbery, a war, a match (unless, in the first sentence)
    ("La Policía detuvo en Zaragoza a tres presuntos autores de varios robos. Los agentes los vigilaron durante "
     "semanas. Al ver a los policías intentaron huir, pero fueron detenidos.", "2024-06-05", {}),
    ("Un bombardeo del ejército dejó doce muertos en un mercado de Saná. Decenas de heridos llegaron a los "
     "hospitales. Testigos denunciaron que los soldados dispararon contra un grupo de personas.", "2024-06-05", {}),
    ("Fuera del estadio, grupos de hinchas se enfrentaron a la policía, que usó gases lacrimógenos.",
     "2024-06-05", {}),
    # a plan and what it includes; a condition; a strike called for a later day (preceding)
    ("La asamblea aprobó el calendario de movilizaciones, que incluye concentraciones frente al ayuntamiento.",
     "2024-06-05", {}),
    ("En caso de huelga, los servicios mínimos serán del 80 %.", "2024-06-05", {}),
    ("Hay convocada una huelga de docentes para el día 12.", "2024-06-05", {}),
    ("Los taxistas están convocados a una movilización el miércoles.", "2024-06-05", {}),
    ("Si no reciben el pago, los choferes de Cochabamba van al paro.", "2025-05-05", {}),
    # "ir a" with an infinitive, an announced strike told by its aim, an aim told as such
    ("La jornada de protesta se iba a realizar frente a la alcaldía de Vigo.", "2024-12-20", {}),
    ("La huelga anunciada tiene como meta forzar una negociación con el ministerio de Honduras.", "2024-12-20", {}),
    ("La huelga está anunciada para el miércoles en Vigo.", "2024-12-20", {}),
    ("La huelga anunciada paralizó el puerto de Vigo el lunes.", "2024-12-20",
     {"strike": {"date_start": "2024-12-16", "country": "ES"}}),
    ("Su intención es estallar una huelga en Vigo.", "2024-12-20", {}),
    # the means of a strike is an event of its own ("con el bloqueo"), unlike its purpose
    ("La huelga minera se inició con el bloqueo de la carretera a Potosí.", "2024-01-24",
     {"strike": {"country": "BO"}, "protest": {"country": "BO"}}),
    # called off or put off as what the subject is; works halted; how an agreement goes on; a list of demands
    ("Los taxistas de Cali aclararon que su paro no está cancelado sino aplazado.", "2025-05-05", {}),
    ("El alcalde lamentó la paralización de obras en el hospital de Colón.", "2025-10-19", {}),
    ("Los cancilleres revisaron el lunes en Quito la marcha de los convenios de cooperación.", "2025-10-19", {}),
    ("La COB entregó un pliego petitorio de ocho puntos que incluye la derogación del decreto sobre combustibles.",
     "2025-10-19", {}),
    ("El gobierno aceptó la derogación del decreto sobre combustibles tras la huelga de la COB en La Paz.",
     "2025-10-19", {"concession": {"country": "BO"}}),
    # what the event is, in the present: a description
    ("El dirigente explicó que el paro es únicamente por la inseguridad en las rutas de Oruro.", "2025-11-26", {}),
    ("Para la central obrera de Oruro, la protesta es un derecho de todos.", "2025-11-26", {}),
    ("La marcha de los maestros fue pacífica en Oruro el lunes.", "2025-11-26",
     {"protest": {"date_start": "2025-11-24", "country": "BO"}}),
    ("La idea era marchar hasta el Congreso en Madrid.", "2024-12-20", {}),
    ("Si el gobierno no responde, los maestros marchan el lunes hacia la plaza de Oruro.", "2025-05-05", {}),
    ("Los choferes de Cochabamba mantienen el paro desde el lunes, incluso si el gobierno lo niega.", "2025-05-05",
     {"strike": {"country": "BO"}}),
    ("Los maestros marcharon el lunes en Oruro, si bien la lluvia redujo la asistencia.", "2025-05-05",
     {"protest": {"country": "BO"}}),
    ("Aviones de combate bombardearon un barrio de Jan Yunis. La huelga mató a ocho personas.", "2024-06-05", {}),
    # a coach sacked, a penalty or an interview granted, a tournament given up, a manager fired (concession
    # and layoff: unless and paired)
    ("El club destituyó al entrenador tras la derrota del domingo.", "2024-06-05", {}),
    ("El árbitro concedió un penalti en el último minuto.", "2024-06-05", {}),
    ("El ministro de Economía concedió una entrevista a la televisión pública.", "2024-06-05", {}),
    ("El tenista renunció a participar en el torneo por una lesión.", "2024-06-05", {}),
    ("La compañía despidió a su consejero delegado por los malos resultados.", "2024-06-05", {}),
    ("El gobernador de Puno renunció a su cargo el 3 de junio tras las protestas.", "2024-06-05",
     {"concession": {"date_start": "2024-06-03", "admin1": "PE-PUN"}}),
    ("La empresa concedió el aumento salarial a los trabajadores de la planta de Rosario.", "2024-06-05",
     {"concession": {"country": "AR"}}),
    ("La minera despidió a 120 trabajadores de Oruro el lunes.", "2024-06-05",
     {"layoff": {"date_start": "2024-06-03", "admin1": "BO-O"}}),
    ("Hacemos un llamamiento a todos los ciudadanos a secundar la huelga general.", "2024-06-05", {}),
    # "the movement spread" needs a movement told before it: alone, a war or a league
    ("El conflicto armado llegó a la capital el sábado.", "2024-06-05", {}),
    ("La lucha por el título continúa en la última jornada de liga.", "2024-06-05", {}),
    ("Los maestros de Culiacán iniciaron una huelga el lunes. El movimiento se extendió a Mazatlán el martes.",
     "2024-06-05", {"strike": {"date_start": "2024-06-04", "admin1": "MX-SIN"}}),
    # unemployment ("paro" in Spain): its kinds and trends (not_triggers), its figures near (unless)
    ("El paro cayó en todas las comunidades autónomas, especialmente en Andalucía.", "2024-06-05", {}),
    ("El paro juvenil sigue siendo el más alto de la Unión Europea.", "2024-06-05", {}),
    ("Cataluña lideró el descenso del paro con 12.000 desempleados menos.", "2024-06-05", {}),
    ("Según los datos publicados por el Ministerio, el desempleo bajó un 2 %. El paro aumentó solo en Canarias.",
     "2024-06-05", {}),
    ("Los estibadores del puerto de Algeciras mantienen el paro desde el 3 de junio.", "2024-06-05",
     {"strike": {"date_start": "2024-06-03", "admin1": "ES-AN"}}),
    # words of protest in other senses (not_triggers; "sentada" only as a noun)
    ("El atleta ganó los 35 km marcha en el Mundial de Budapest.", "2024-06-05", {}),
    ("Rusia anunció una movilización parcial de reservistas en septiembre.", "2024-06-05", {}),
    ("El museo recuerda a las víctimas del campo de concentración de Mauthausen.", "2024-06-05", {}),
    ("La reina, sentada en el trono, escuchó el discurso del presidente.", "2024-06-05", {}),
    ("En sus manifestaciones ante el juez, el acusado negó los hechos.", "2024-06-05", {}),
    ("Decenas de vecinos realizaron una sentada frente al ayuntamiento de Cádiz el lunes.", "2024-06-05",
     {"protest": {"date_start": "2024-06-03", "admin1": "ES-AN", "subtype": "sit-in"}}),
    # an arrest for a crime named right after it (not_triggers), unlike protesters against that crime
    ("El exalcalde de Marbella fue detenido por corrupción el martes.", "2024-06-05", {}),
    ("La policía detuvo a 30 manifestantes que protestaban contra la corrupción en Lima el sábado.", "2024-06-05",
     {"arrest": {"arrests": 30, "admin1": "PE-LMA"}, "protest": {"date_start": "2024-06-01"}}),
    # agreed or considered, not yet held (governors)
    ("El paro fue acordado en una asamblea celebrada el lunes en Lima.", "2024-06-05", {}),
    ("Los médicos de urgencias estudian sumarse a la protesta en Madrid.", "2024-06-05", {}),
    ("Consideramos intolerable la represión de la policía contra los trabajadores de Rosario el 3 de junio.",
     "2024-06-05", {"repression": {"date_start": "2024-06-03", "country": "AR"}}),
    # an emergency declared and troops sent for a flood (unless)
    ("El gobierno decretó el estado de emergencia por las inundaciones en Porto Alegre y desplegó a 2.000 soldados.",
     "2024-06-05", {}),
    # "la Policía Nacional" says nothing of the whole country: the arrest stays where the story is
    ("Unos 300 vecinos se concentraron el lunes en Sevilla contra el cierre del hospital. "
     "La Policía Nacional detuvo a cuatro manifestantes.", "2024-03-10",
     {"protest": {"admin1": "ES-AN", "participants": 300}, "arrest": {"admin1": "ES-AN", "arrests": 4}}),
    ("La policía detuvo al dirigente sindical Juan Pérez el lunes en Oruro.", "2024-05-15",
     {"arrest": {"arrests": 1, "date_start": "2024-05-13", "country": "BO"}}),
    # doubted, expected, decided, planned, possible, hoped for (governors); a future on the clause's head
    # (clause_morph); kinds of strikes in general; a trial, an anniversary; gangs, gunmen, prisons, a stabbing,
    # wildfires, football clubs and matches (unless)
    ("Los antecedentes hacen dudar de que finalmente se realice la huelga en el puerto de Bilbao.", "2024-06-05", {}),
    ("Se espera que el paro de transportistas afecte a todo el país.", "2024-06-05", {}),
    ("El gremio de choferes determinó iniciar un paro de 48 horas en Cochabamba.", "2024-06-05", {}),
    ("Los sindicatos planifican una huelga general contra la reforma de las pensiones.", "2024-06-05", {}),
    ("La posibilidad de una huelga de controladores preocupa a las aerolíneas.", "2024-06-05", {}),
    ("La jornada de protesta incluirá cortes de ruta y movilizaciones en Neuquén.", "2024-06-05", {}),
    ("Los servicios mínimos para la huelga del metro serán del 60 %.", "2024-06-05", {}),
    ("La aerolínea confía en alcanzar un acuerdo con los tripulantes.", "2024-06-05", {}),
    ("El juicio por la masacre de los mineros se reabrió en Oruro.", "2024-06-05", {}),
    ("Un juez procesó a los responsables de la represión durante la dictadura.", "2024-06-05", {}),
    ("Chile conmemora el aniversario de la huelga del salitre.", "2024-06-05", {}),
    ("Un grupo de sicarios disparó contra un autobús en Guayaquil.", "2024-06-05", {}),
    ("Un enfrentamiento entre bandas rivales dejó cuatro muertos en Ciudad Juárez.", "2024-06-05", {}),
    ("Cuatro reos se fugaron de la cárcel de Puente Grande tras un motín.", "2024-06-05", {}),
    ("Fue desplegado un dispositivo policial para encontrar a los pandilleros en San Luis Potosí.", "2024-06-05", {}),
    ("Detenido un hombre por apuñalar a su vecino en Valencia.", "2024-06-05", {}),
    ("El gobierno declaró el estado de emergencia por los incendios forestales en Viña del Mar.", "2024-06-05", {}),
    ("La plantilla del Málaga se declaró en huelga por los impagos del club.", "2024-06-05", {}),
    ("El enfrentamiento entre el Real Madrid y el Bayern terminó en empate.", "2024-06-05", {}),
    ("La marcha del equipo en la liga preocupa a la directiva.", "2024-06-05", {}),
    ("El tenista protestó airadamente al juez de silla.", "2024-06-05", {}),
    ("Este tipo de huelgas no suponen sólo la paralización de la producción.", "2024-06-05", {}),
    ("La AFE intenta frenar con una huelga los impagos de los clubes.", "2024-06-05", {}),
    # ... while a past event in a relative clause, or before a future one, still counts
    ("Los mineros, que iniciaron la huelga el lunes en Oruro, recibirán hoy al ministro.", "2024-03-10",
     {"strike": {"date_start": "2024-03-04"}}),
    ("Los docentes de Oaxaca marcharon el martes; la protesta continuará mañana.", "2024-03-10",
     {"protest": {"date_start": "2024-03-05"}}),
    # called for a later time (modality.toml `planned`: a participle of calling, "para" and a time), unless a
    # purpose or the subject of what happened
    ("Este domingo comienza la jornada con una movilización convocada por la Alianza para las 11H00 en Tegucigalpa.",
     "2024-06-05", {}),
    ("Los docentes participaron en la huelga convocada en el sector público para el próximo día 8.", "2024-06-05", {}),
    ("Miles de personas participaron en la marcha convocada para exigir justicia en Lima el sábado.", "2024-06-05",
     {"protest": {"date_start": "2024-06-01"}}),
    ("La marcha convocada para el jueves recorrió el centro de Lima.", "2024-06-05", {"protest": {"country": "PE"}}),
    # a curfew against an epidemic, a process halted, a strike ratified or told in a future relative clause
    ("El Gobierno decretó el toque de queda nocturno para frenar los contagios de covid-19.", "2024-06-05", {}),
    ("La detención del proceso de paz preocupa a la comunidad internacional.", "2024-06-05", {}),
    ("Los médicos de Madrid ratificaron la huelga indefinida en asamblea.", "2024-06-05", {}),
    ("Los maquinistas participarán en la huelga indefinida que comenzará el lunes en Renfe.", "2024-06-05", {}),
    # a question asks
    ("¿Cuándo empieza la huelga de los controladores aéreos?", "2024-06-05", {}),
    ("¿Hay huelga en el metro de Madrid hoy?", "2024-06-05", {}),
    # the purpose of a strike only called is no protest; of a strike held, it says why
    ("El comité convocó una huelga indefinida para protestar contra la reforma laboral en Santander.", "2024-06-05", {}),
    ("La central pidió a sus afiliados marchar el sábado en Rosario para protestar contra el cierre.", "2024-06-05", {}),
    ("Los trabajadores de la conservera hicieron huelga el lunes para protestar contra la reforma laboral en Vigo.",
     "2024-06-05", {"strike": {"date_start": "2024-06-03"}}),
    # a conditional the small model reads as an imperfect (future_forms), not the present of "variar"
    ("Sin acuerdo, los estibadores cambiarían los paros por marchas más duras en Oruro.", "2024-06-05", {}),
    ("La participación en la huelga varía según los sectores en Madrid.", "2024-06-05", {"strike": {"country": "ES"}}),
    # a government's diplomatic note, an armed group's lockdown, a "measure of protest" told elsewhere
    # (not_triggers)
    ("La cancillería de Uruguay entregó una nota de protesta al embajador de Brasil.", "2024-06-05", {}),
    ("Los comercios de Tibú cerraron durante el paro armado del fin de semana.", "2024-06-05", {}),
    ("Los camioneros de Arica defendieron esta medida de protesta ante la prensa.", "2024-06-05", {}),
    # labour statistics: counts of strikes and of days lost (not_triggers; "conflictividad" among unless)
    ("El número de huelgas creció un 8 % en el primer semestre, según el ministerio.", "2024-06-05", {}),
    ("Este año sumaron 400.000 las jornadas perdidas por huelga en la industria.", "2024-06-05", {}),
    ("En marzo se registraron 57 huelgas en todo el país.", "2024-06-05", {}),
    ("El ministerio publicó la estadística de huelgas y cierres patronales del trimestre.", "2024-06-05", {}),
    ("Según el informe de conflictividad laboral, en mayo empezaron varias huelgas en la industria.",
     "2024-06-05", {}),
    # leaving a place, a room turned upside down, tomorrow's strike (not_triggers patterns) ...
    ("Cuando llegó la patrulla, el ladrón ya se había marchado de la tienda.", "2024-06-05", {}),
    ("Los agentes encontraron la habitación revuelta y la ventana rota.", "2024-06-05", {}),
    ("Hay mucha expectación por la huelga de mañana en el metro de Madrid.", "2024-06-05", {}),
    ("Hay mucha expectación por la marcha del próximo sábado en Montevideo.", "2024-06-05", {}),
    # ... while a revolt and the morning's strike are events
    ("La revuelta popular dejó tres heridos en Quito el lunes.", "2024-06-05",
     {"riot": {"date_start": "2024-06-03", "country": "EC"}}),
    ("La huelga de la mañana paralizó el metro de Madrid el lunes.", "2024-06-05", {"strike": {"date_start": "2024-06-03"}}),
    # armed groups and gunmen by name, the narco vocabulary (unless)
    ("Soldados y disidencias de las FARC mantuvieron un enfrentamiento cerca de El Tambo.", "2024-06-05", {}),
    ("El Ejército capturó a tres disidentes en una operación en el Guaviare.", "2024-06-05", {}),
    ("Un enfrentamiento con la policía dejó diez agresores muertos en Guasave.", "2024-06-05", {}),
    ("Tras varios narcobloqueos, la policía disparó contra dos camionetas en Culiacán.", "2024-06-05", {}),
    # "masacre" is repression when it falls on people protesting (repression.paired)
    ("Una masacre en una finca de Tumaco dejó cinco muertos.", "2024-06-05", {}),
    ("La policía cometió una masacre de manifestantes en Sacaba el 15 de noviembre.", "2024-06-05",
     {"repression": {"date_start": "2023-11-15"}}),
    # what a court judges someone for (planned), unlike a statement on what happened
    ("Un tribunal condenó a dos policías por la represión de los mineros de Oruro.", "2024-06-05", {}),
    ("Los sindicatos condenaron la represión de los carabineros contra los mineros el lunes en Antofagasta.",
     "2024-06-05", {"repression": {"date_start": "2024-06-03", "admin1": "CL-AN"}}),
    # willing, put off, averted, revoked, waiting on a deadline, decided on (governors)
    ("Los sindicatos mostraron su disposición a endurecer las protestas si no hay respuesta.", "2024-06-05", {}),
    ("Los maquinistas se declararon dispuestos a una huelga indefinida.", "2024-06-05", {}),
    ("El aplazamiento de la huelga de limpieza tranquilizó a los vecinos de Gijón.", "2024-06-05", {}),
    ("Los gremios postergaron el paro de transporte hasta nueva fecha.", "2024-06-05", {}),
    ("El sindicato conjuró la huelga tras aceptar la oferta de la rectoría.", "2024-06-05", {}),
    ("Vence hoy el plazo para el estallamiento de la huelga en la salinera.", "2024-06-05", {}),
    ("La decisión de retrasar el paro sorprendió al Gobierno.", "2024-06-05", {}),
    ("Los profesores revocaron la huelga en asamblea.", "2024-06-05", {}),
    # an official sworn in, a battle of a war, a title that asks what a strike is, a yearly meet, market losses
    ("La regidora rindió protesta el lunes ante el cabildo de Puebla.", "2024-06-05", {}),
    ("El choque de Tacna fue el tercer enfrentamiento de la guerra del Pacífico.", "2024-06-05", {}),
    ("Qué es un paro nacional y cómo funciona", "2024-06-05", {}),
    ("Rinde protesta el nuevo alcalde de Toluca", "2024-06-05", {}),
    ("La síndica protesta guardar y hacer guardar las leyes del municipio.", "2024-06-05", {}),
    ("En esta nota veremos qué significa una huelga y cómo se organiza.", "2024-06-05", {}),
    ("Cientos de motos llegaron a la décima edición de la concentración motera de Cuéllar.", "2024-06-05", {}),
    ("Las pérdidas se concentraron en las acciones de la banca.", "2024-06-05", {}),
    # foreseen, a kind of thing, set for days still to come, a date sought: no strike; one who speaks out
    # stages no protest, a union that gathers does
    ("Para los gremios, un paro es inevitable si no llega el aumento.", "2024-06-05", {}),
    ("La huelga ha sido el arma de los estibadores durante un siglo.", "2024-06-05", {}),
    ("La huelga que empezará el lunes afecta a los puertos.", "2024-06-05", {}),
    ("Octubre es el mes elegido para celebrar la huelga general.", "2024-06-05", {}),
    ("Al respecto se manifestó la ministra de Trabajo, que pidió calma.", "2024-06-05", {}),
    ("El sindicato se manifestó el lunes frente a la planta de Ford en Rosario.", "2024-06-05",
     {"protest": {"date_start": "2024-06-03", "country": "AR"}}),
    # a curfew decided is imposed; a strike decided is not held
    ("La gobernadora decidió el lunes un toque de queda en Oruro.", "2024-06-05",
     {"restriction": {"date_start": "2024-06-03", "country": "BO"}}),
    ("El sindicato decidió el lunes ir a la huelga en el puerto de Valencia.", "2024-06-05", {}),
    # a purpose, a way paved, a march to be joined (preceding)
    ("Las partes se reunieron en la consejería a fin de lograr un acuerdo sobre los salarios.", "2024-06-05", {}),
    ("El rechazo de la oferta abre la vía a un paro en la fábrica de Vigo.", "2024-06-05", {}),
    ("Los jubilados se reunieron en la plaza para acompañar una marcha al Congreso.", "2024-06-05", {}),
    # an anniversary counts years from an old episode (planned), while a strike in its third day is on
    ("Hoy se cumplen cincuenta años de la huelga de los mineros de Huanuni.", "2024-06-05", {}),
    ("La huelga de los mineros de Huanuni cumple hoy su tercer día.", "2024-06-05", {"strike": {"country": "BO"}}),
    # a caravan of migrants however counted (not_triggers pattern), armed men who shoot ("sujetos", repression
    # unless), arsonists of a forest fire (arrest unless); a caravan of protesting drivers is a protest
    ("La caravana con más de 2.000 migrantes salió de Tapachula el martes.", "2024-06-05", {}),
    ("Unos sujetos armados dispararon contra los clientes de una tienda en Yarumal.", "2024-06-05", {}),
    ("La Guardia Civil detuvo a un hombre por un incendio forestal en Ourense.", "2024-06-05", {}),
    ("Cientos de taxistas realizaron una caravana por el centro de Quito el lunes.", "2024-06-05",
     {"protest": {"date_start": "2024-06-03"}}),
    # a headline's cue verb in the present, taken by the tagger for an adjective or a name (governors: forms)
    ("Conjuran huelga maestros de la Universidad de Sonora", "2024-06-05", {}),
    ("Preparan marcha de jubilados en Montevideo", "2024-06-05", {}),
    # what a verb in the present subjunctive brings about is wished or supposed (planned; the data's MORPH
    # features), while a strike that is the subject of one may be on
    ("El mediador interviene en las disputas que acaben en huelga dentro del sector pesquero.", "2024-06-05", {}),
    ("La mesa de mediación busca soluciones antes de que los pilotos hagan huelga en Iberia.", "2024-06-05", {}),
    ("Es una pena que la huelga de los estibadores dure ya tres semanas en Valparaíso.", "2024-06-05",
     {"strike": {"country": "CL"}}),
    # a strike notified to the employer is called (planned); one that is allowed is not yet done (governors)
    ("La plantilla respalda el paro que el sindicato comunicó ayer a la patronal de Burgos.", "2024-06-05", {}),
    ("El sindicato mantiene la huelga que notificó a la dirección del hospital de Jaén.", "2024-06-05", {}),
    ("El acuerdo permitirá suspender la huelga del metro de Madrid.", "2024-06-05", {}),
    ("Según los delegados, se ha notificado el paro a la gerencia del hospital por carta.", "2024-06-05", {}),
    ("El comité comunicó el paro a la dirección del hospital de Jaén el lunes.", "2024-06-05", {}),
    ("El sindicato comunicó que la huelga tuvo un seguimiento del 90 % en Jaén el lunes.", "2024-06-05",
     {"strike": {"date_start": "2024-06-03"}}),
    # called or set for tomorrow or the next day named, as subject too (not_triggers patterns), unlike
    # one called this morning
    ("La marcha docente convocada mañana obliga a desviar varias líneas de tranvía en Zaragoza.", "2024-06-05", {}),
    ("El paro previsto para el próximo lunes preocupa a los comerciantes de Lima.", "2024-06-05", {}),
    ("La huelga convocada esta mañana paralizó el puerto de Vigo.", "2024-06-05", {"strike": {"date_start": "2024-06-05"}}),
    # "mañana" before a weekday is tomorrow (dates.toml relative): a day after publication
    ("Los taxistas de Sevilla hacen huelga mañana jueves contra las plataformas.", "2024-06-05", {}),
    ("Los estibadores hicieron huelga ayer por la mañana en el puerto de Bilbao.", "2024-06-05",
     {"strike": {"date_start": "2024-06-04"}}),
    # a strike or protest suspended or lifted, as object or its noun's (planned), not barricades "levantadas" nor
    # flights suspended by a strike ...
    ("Los sindicatos suspendieron la huelga del metro de Madrid tras la reunión con la empresa.", "2024-06-05", {}),
    ("Tras firmar el pacto salarial, los choferes de Cochabamba levantaron su paro de micros.", "2024-06-05", {}),
    ("Con la suspensión de los días de paro y huelga fijados para enero, la federación abrió otra negociación.",
     "2024-06-05", {}),
    ("Los campesinos levantaron barricadas en la carretera de Oruro el lunes.", "2024-06-05",
     {"riot": {"date_start": "2024-06-03"}}),
    ("Se suspendieron doscientos vuelos por la huelga de pilotos en Madrid.", "2024-06-05", {"strike": {"country": "ES"}}),
    # ... as a passive subject or left called off too (called_off) ...
    ("La huelga del metal, prevista para el 15 de marzo, ha quedado desconvocada.", "2024-06-05", {}),
    ("La huelga de profesores que estaba prevista para mañana ha sido suspendida.", "2024-06-05", {}),
    ("El paro convocado para hoy fue levantado a última hora tras el acuerdo.", "2024-06-05", {}),
    # ... or left void
    ("El paro de colectivos quedó sin efecto tras la conciliación obligatoria en Rosario.", "2024-06-05", {}),
    # ... or told so by a headline's participle before it, or one after it
    ("Aplazada la huelga del metal en la planta de Avilés", "2024-06-05", {}),
    ("Suspendida la huelga en el puerto de Bilbao", "2024-06-05", {}),
    ("Los choferes de Arequipa anunciaron que la marcha aplazada se hará en julio.", "2024-06-05", {}),
    # la protesta de un Estado es diplomacia (regla 10); lo que protesta puede ser un hecho nuestro
    ("El gobierno de Chile protestó ante Bolivia por el cierre de la frontera.", "2024-06-05", {}),
    ("La cancillería peruana protestó el lunes por la detención de dos periodistas.", "2024-06-05",
     {"arrest": {}}),
    # a future verb above the nouns the trigger hangs under ("partirán … hacia la concentración"); no
    # interest in a strike is none
    ("El dirigente dijo que apoyan la jornada y que diez ómnibus partirán de Paysandú con los afiliados hacia "
     "la concentración frente al Congreso.", "2024-06-05", {}),
    ("El dirigente dijo que apoyan la jornada y que diez ómnibus partieron de Paysandú con los afiliados hacia "
     "la concentración frente al Congreso.", "2024-06-05", {"protest": {"country": "UY"}}),
    ("Los transportistas de Cali no tienen ningún interés en hacer un paro.", "2024-06-05", {}),
    # a clause of time in the present subjunctive is still to come; in the past it tells
    ("Las oficinas de Tunja abrirán solo por la mañana mientras dure la huelga de los funcionarios.", "2024-06-05", {}),
    ("Los comedores escolares quedarán cerrados cuando comience el paro docente.", "2024-06-05", {}),
    ("Cuando comenzó el paro docente, los comedores escolares de Salta cerraron.", "2024-06-05",
     {"strike": {"country": "AR"}}),
    # still called or set is still to come; told as the fourth called this year, it is on
    ("El paro de los estibadores sigue convocado para el viernes en Cartagena.", "2024-06-05", {}),
    ("Para el jueves está convocado un día de paro en las escuelas de Cuenca.", "2024-06-05", {}),
    ("La huelga de los residentes, que acaba este viernes, es la tercera convocada en Bogotá este año.",
     "2024-06-05", {"strike": {"country": "CO"}}),
    # being organised is to come; organised, it was held
    ("Las enfermeras están organizando una serie de concentraciones frente a los hospitales de Málaga.", "2024-06-05", {}),
    ("Los vecinos de Cuenca organizaron una marcha el sábado.", "2024-06-05", {"protest": {"date_start": "2024-06-01"}}),
    # a strike proposed as the answer is a course, one that was the answer was held
    ("Para la federación, la huelga indefinida es la única salida.", "2024-06-05", {}),
    ("La huelga indefinida fue la respuesta de los portuarios de Callao.", "2024-06-05", {"strike": {"country": "PE"}}),
    # cars burnt by a bomb attack are no riot
    ("Un atentado con coche bomba sacudió el mercado de Mogadiscio. El fuego incendió decenas de coches y puestos.",
     "2024-06-05", {}),
    # what the accused of a trial are accused of is an old episode (DESIGN.md rule 10: courts)
    ("El tribunal condenó a ocho años a los policías acusados de la represión de 1987 en Cochabamba.", "2024-06-05", {}),
    # no day of strike is none; an official held for graft is no arrest of ours
    ("La cooperativa y los mineros firmaron el acuerdo sin que hubiera ninguna jornada de paro.", "2024-06-05", {}),
    ("La fiscalía ordenó la detención del exgobernador de Salta por malversación de fondos públicos.", "2024-06-05", {}),
    # a march hanging under a noun of a conditional verb is supposed
    ("El paro del martes supondría la organización de una marcha hacia el ministerio en Asunción.", "2024-06-05", {}),
    # what they marched against is a grievance, no crackdown of its own
    ("Los estudiantes de Cusco marcharon el martes contra la represión policial.", "2024-06-05",
     {"protest": {"date_start": "2024-06-04"}}),
    # a state of emergency against crime is none of ours (DESIGN.md rule 10)
    ("El gobierno impuso el toque de queda en tres provincias por la ola de crímenes del narcotráfico.", "2024-06-05", {}),
    # a rebound captured is a match, not an arrest (DESIGN.md rule 10: sport)
    ("En el minuto 80, el delantero de Guayaquil supo capturar el rebote y marcar el segundo gol.", "2024-06-05", {}),
    ("La huelga de los mineros, iniciada el 3 de mayo, fue suspendida el lunes en Oruro.", "2024-06-05",
     {"strike": {"date_start": "2024-05-03"}}),
    # a clause of "si" (if, whether) supposes or asks (planned), "si bien" (although) concedes
    ("La plantilla decidirá en referéndum si acepta el preacuerdo o mantiene la huelga.", "2024-06-05", {}),
    ("Si bien hicieron huelga el lunes en Vigo, los estibadores volvieron al trabajo el martes.", "2024-06-05",
     {"strike": {"date_start": "2024-06-03"}}),
    # ... while one told as begun or held happened, whatever calls it off (begun); one that was going to begin did not
    ("Los trabajadores de la distribuidora desconvocaron ayer la huelga iniciada el lunes en Ibiza.", "2024-06-05",
     {"strike": {"country": "ES"}}),
    ("Los mineros suspendieron la huelga que mantenían desde el 3 de mayo en Oruro.", "2024-06-05",
     {"strike": {"country": "BO"}}),
    ("Los estudiantes desconvocaron la marcha que iba a comenzar en la plaza de Mayo.", "2024-06-05", {}),
    # militias fighting an army, a curfew an armed group imposes (riot and restriction unless)
    ("Los enfrentamientos entre el ejército y las milicias dejaron 30 muertos en Jartum.", "2024-06-05", {}),
    ("Los paramilitares impusieron un toque de queda en varias veredas del Catatumbo.", "2024-06-05", {}),
    # minimum services are set for a strike before it (planned), which may then be told as held
    ("El Gobierno fijó unos servicios mínimos del 75 % para la huelga de Renfe.", "2024-06-05", {}),
    ("Los servicios mínimos de la huelga de Renfe serán del 75 %.", "2024-06-05", {}),
    ("La huelga de Renfe paralizó los trenes de Cercanías pese a los servicios mínimos del 75 % el lunes.",
     "2024-06-05", {"strike": {"date_start": "2024-06-03"}}),
    # strikes as a rising or falling figure; an episode of a past century or decade with no year (rule 9);
    # a suspect of a crime arrested (not_triggers), unlike union leaders accused of sedition
    ("Las huelgas se redujeron un 20 % el año pasado según el Ministerio de Trabajo.", "2024-06-05", {}),
    ("La huelga creció en apoyos durante la semana en el puerto de Vigo.", "2024-06-05", {"strike": {"country": "ES"}}),
    ("En su columna, el autor repasa las grandes marchas estudiantiles del siglo pasado.", "2024-06-05", {}),
    ("Las huelgas de los años setenta cambiaron la política del país.", "2024-06-05", {}),
    ("Agentes de la Policía Nacional arrestaron a un hombre acusado de asesinar a su pareja en Málaga.", "2024-06-05", {}),
    ("La policía detuvo a tres dirigentes sindicales acusados de sedición en Oruro el lunes.", "2024-06-05",
     {"arrest": {"date_start": "2024-06-03", "arrests": 3}}),
    ("La policía detuvo a dos jóvenes acusados del robo de un comercio en Lima.", "2024-06-05", {}),
    ("La policía detuvo a un hombre que mató a su vecino en Valencia.", "2024-06-05", {}),
    ("La policía detuvo a un manifestante que agredió a un agente durante la marcha en Quito el lunes.", "2024-06-05",
     {"arrest": {"arrests": 1}, "protest": {"date_start": "2024-06-03"}}),
    ("El juez dictó prisión preventiva para el exministro acusado de corrupción.", "2024-06-05", {}),
    ("El juez dictó prisión preventiva para los dirigentes campesinos acusados de sedición en Cochabamba.",
     "2024-06-05", {"arrest": {"country": "BO"}}),
    # a candidate's caravan (elections); the history of strikes in general
    ("La caravana del candidato recorrió los barrios del sur de Bogotá.", "2024-06-05", {}),
    ("La candidata cerró su campaña con una ruidosa caravana por el centro de Puebla.", "2024-06-05", {}),
    ("La historia de las huelgas mineras es la historia de la dignidad obrera, escribe el columnista.", "2024-06-05", {}),
    # a headline's capitalised plural, which the model leaves unlemmatised (unless lists its plural)
    ("Enfrentamiento entre Militares y Narcotraficantes deja tres muertos en Sinaloa", "2025-05-05", {}),
    # a cartel war's vocabulary in the lead (riot and arrest unless); strikers counted in statistics (not_triggers)
    ("Asesinatos, levantones y narcobloqueos golpean Culiacán. La guerra entre dos facciones sigue. Los "
     "enfrentamientos comenzaron el lunes y un capo fue detenido en Estados Unidos.", "2024-06-05", {}),
    ("Según el informe anual, la mayoría de los participantes en huelgas trabajaba en la construcción.",
     "2024-06-05", {}),
    # una prohibición dicha por lo que no se permitirá; en presente, una regla vigente
    ("La gobernación anunció el lunes que no se permitirá ninguna marcha en Cochabamba durante la cumbre.",
     "2025-05-05", {"restriction": {"country": "BO"}}),
    ("No se permiten marchas frente al palacio de gobierno de Cochabamba.", "2025-05-05", {}),
    # el condicional compuesto de la prensa cuenta un hecho
    ("Según la fiscalía, 35 mineros habrían sido detenidos el sábado en Oruro.", "2025-05-07",
     {"arrest": {"date_start": "2025-05-03", "arrests": 35}}),
    ("Si la policía no hubiera llegado, los mineros habrían tomado la alcaldía de Oruro.", "2025-05-07", {}),
    # quien se manifiesta en el mismo sentido habla; un paro "definido" está decidido; lo que se busca lograr no
    # está logrado; la marcha de los vehículos no es una marcha; los detenidos de una audiencia son un caso judicial
    ("En el mismo sentido se manifestaron los dirigentes de los choferes y de los panaderos.", "2024-01-10", {}),
    ("El paro ya está definido y falta ponerle fecha, según el gremio de choferes.", "2024-01-10", {}),
    ("Los docentes marcharon el lunes en Quito para lograr la liberación de los detenidos.", "2024-01-10",
     {"protest": {"date_start": "2024-01-08", "country": "EC"}}),
    ("Las tachuelas en el asfalto frenaban la marcha de los vehículos en la ruta.", "2024-01-10", {}),
    ("En la audiencia, los familiares dijeron que no hay pruebas contra los dos detenidos.", "2024-01-10", {}),
    # una multitud que arroja objetos a la policía
    ("Los estudiantes arrojaron huevos a los policías frente a la alcaldía de Cali el lunes.", "2025-05-07",
     {"riot": {"date_start": "2025-05-05", "country": "CO"}}),
    ("Los mineros lanzaron varias piedras contra la policía en Oruro el martes.", "2025-05-07",
     {"riot": {"date_start": "2025-05-06", "country": "BO"}}),
    # lo que se exige no está ganado
    ("Los mineros de Oruro reiteraron el lunes su exigencia de la renuncia del ministro.", "2025-05-07", {}),
    # lo que las fuerzas van a hacer es su fin, no un hecho
    ("El ministro envió policías a Cochabamba para reprimir a los mineros en huelga.", "2025-05-05",
     {"deployment": {"country": "BO"}, "strike": {"country": "BO"}}),
    # quien renuncia en protesta no protesta en la calle
    ("La viceministra renunció el viernes en señal de protesta por el nuevo código minero.", "2025-05-05", {}),
    # fuerzas o socorros puestos en marcha no protestan
    ("El tiroteo provocó el lunes una gran movilización de agentes estatales y ambulancias en Culiacán.",
     "2025-05-05", {}),
    ("La movilización policial cerró el centro de Culiacán durante horas.", "2025-05-05", {}),
    # una huelga fijada para un día no se ha hecho; el paro que baja es desempleo
    ("Los taxistas mantienen la huelga para el jueves 19.", "2024-12-10", {}),
    ("El paro estimado bajó un 2 por ciento en el primer trimestre en Andalucía.", "2024-12-10", {}),
    # máquinas y juegos detenidos no son personas detenidas; parar la producción sí es una huelga
    ("Los ingenios de Camagüey detuvieron sus máquinas esta semana por las lluvias.", "2024-12-10", {}),
    ("Los mineros detuvieron la producción el lunes en Oruro para exigir aumentos.", "2024-12-18",
     {"strike": {"date_start": "2024-12-16", "country": "BO"}}),
    # una manifestación religiosa no es una protesta; la huelga como forma, medio o herramienta en general
    ("Cada diciembre se celebra en Quito una de las manifestaciones religiosas más importantes del país.",
     "2024-12-10", {}),
    ("Para los jornaleros, la huelga ha sido una forma de presión desde siempre.", "2024-12-10", {}),
    ("Las huelgas han sido esenciales para conquistar la jornada de ocho horas.", "2024-12-10", {}),
    ("Para el obrero, la huelga representa una herramienta frente a los abusos.", "2024-12-10", {}),
    ("Procedimiento de la huelga en Honduras", "2024-12-10", {}),
    # la huelga en la historia: un siglo sin año (regla 9), lo que la huelga llegó a ser
    ("En el siglo XX, las huelgas textiles de Cataluña cambiaron la ley laboral.",
     "2024-06-05", {}),
    ("Con las fábricas, el paro se convirtió en un arma de los obreros.",
     "2024-06-05", {}),
    ("La huelga fue la forma en que los mineros de Oruro respondieron a la rebaja salarial el 3 de marzo.", "2024-12-10",
     {"strike": {"country": "BO"}}),
    # el derecho a la huelga, calificado, no es una huelga
    ("El derecho constitucional a la huelga tiene límites claros.", "2024-06-05", {}),
    # los trabajadores que paran hacen huelga; un tren o la lluvia que para, no
    ("Los estibadores del puerto de Valparaíso pararon el lunes por la mañana.", "2024-06-07",
     {"strike": {"date_start": "2024-06-03", "admin1": "CL-VS"}}),
    ("El tren paró en la estación de Atocha el lunes.", "2024-06-07", {}),
    # el sujeto de un predicado ("ya están calendarizadas") no actúa: se habla de él
    ("Las movilizaciones de los docentes de Asunción ya están calendarizadas para junio.", "2024-06-07", {}),
    # "huelga decir": no hace falta decirlo; se capta el voto, no a una persona; una subida que se detiene
    ("El acuerdo llegó tarde, y huelga decirlo, sin los sindicatos de Rosario.", "2024-06-07", {}),
    ("Los partidos recorrieron Mendoza el martes para capturar el voto de los indecisos.", "2024-06-07", {}),
    ("La subida parece haberse detenido en los precios del gasóleo de Valencia.", "2024-06-07", {}),
    # lo que las huelgas siguen siendo, en general
    ("Hoy, las huelgas siguen siendo una herramienta clave para los sindicatos de Montevideo.", "2024-06-07", {}),
    ("Para los gremios de Salta, el paro es un acto de defensa de los salarios.", "2024-06-07", {}),
    # the same when the small parser hangs the subject on "es" (an aside between the copula and what follows)
    ("La huelga es, para muchos vecinos de Rosario, un gesto de dignidad.", "2024-06-07", {}),
    # el paro como desempleo que se mueve en un número de personas
    ("El paro en Galicia ha bajado en 1.200 personas durante el último trimestre.", "2024-06-07", {}),
    # un vehículo detenido en un control; cifras que se concentran; el paro como nivel; un despido juzgado;
    # una concentración de moteros; en vísperas de una huelga, está por venir
    ("En la ruta 34 los gendarmes detuvieron la marcha de una camioneta Chevrolet el martes en Salta.", "2024-06-07", {}),
    ("Casi todos los contagios se concentran en Santiago y La Vega.", "2024-06-07", {}),
    ("Extremadura es la región con más paro del país según el informe.", "2024-06-07", {}),
    ("El juez declaró improcedente el despido de la trabajadora de Madrid el martes.", "2024-06-07", {}),
    ("La sentencia fija los intereses a partir de la fecha del despido, según el tribunal de Sevilla.",
     "2024-06-07", {}),
    ("El informe de Madrid muestra que los despidos individuales representan el 33% de la muestra.", "2024-06-07", {}),
    ("Miles de moteros participaron el sábado en la concentración motera de Bueu.", "2024-06-07", {}),
    ("En vísperas de la huelga docente, el ministro recibió a los gremios en Montevideo.", "2024-06-07", {}),
    # dos días del mes unidos por "y" son un intervalo
    ("Los días 8 y 9 de abril los estibadores pararon en el puerto de Valparaíso.", "2024-04-20",
     {"strike": {"date_start": "2024-04-08", "date_end": "2024-04-09", "country": "CL"}}),
    # de dónde vienen los manifestantes no es dónde marchan
    ("Cientos de campesinos llegados de Puno marcharon el martes en Lima.", "2024-05-02",
     {"protest": {"location": "Lima"}}),
    # las comparsas de un carnaval desfilan sin protestar
    ("Como cada año, las comparsas de tambores marcharon por las calles de Montevideo en el desfile de Carnaval.",
     "2024-05-02", {}),
    # descrita en condicional simple, la marcha está por venir; en pretérito, ocurrió
    ("El programa incluye una marcha que partiría de la plaza mayor de Heredia a las nueve.", "2024-05-02", {}),
    ("Los docentes hicieron una marcha que salió del centro de Montevideo el lunes.", "2024-05-02",
     {"protest": {"country": "UY"}}),
    # en presente de subjuntivo nada se afirma; en pretérito, sí
    ("Los sindicatos descartaron que se produzcan manifestaciones durante la feria de Málaga.", "2024-05-02", {}),
    ("Tras la represión, se produjeron manifestaciones en Málaga el martes.", "2024-05-02",
     {"protest": {"country": "ES"}}),
    # un encuentro de moteros no es una protesta
    ("La concentración anual del motoclub reunió a 400 moteros el sábado en Bueu.", "2024-05-02", {}),
    # "los próximos viernes" están por venir
    ("Siguen en pie las huelgas parciales de los próximos viernes en el puerto de Bilbao, según el comité.",
     "2024-05-02", {}),
    # la nulidad de un despido, o el despido de una persona, no son despidos masivos
    ("El juzgado declaró la nulidad del despido de la trabajadora y ordenó su readmisión.", "2024-05-02", {}),
    ("La cadena confirmó el despido de un cocinero del hotel de Mogán.", "2024-05-02", {}),
    # lo que no se realizó o no tuvo lugar no ocurrió; lo que se realizó, sí
    ("La marcha de los jubilados no se realizó el jueves en Montevideo.", "2024-05-02", {}),
    ("Finalmente la huelga de los estibadores no tuvo lugar el lunes en Valparaíso.", "2024-05-02", {}),
    ("La marcha de los jubilados se realizó el jueves en Montevideo.", "2024-05-02",
     {"protest": {"location": "Montevideo"}}),
    # una definición habla de una clase de hechos; lo que regula una ley, también
    ("Una huelga general es una paralización de todas las actividades de un país.", "2024-05-02", {}),
    ("El proyecto sobre huelgas en servicios esenciales se debate esta semana en el Congreso.", "2024-05-02", {}),
    # un hábito no es un hecho
    ("Siempre que hay una huelga en el puerto de Vigo, los camioneros pierden dinero.", "2024-05-02", {}),
    # los medios que se reúnen y los centros de detención no son protestas ni arrestos
    ("La tormenta obligó a una rápida movilización de los equipos de emergencia en Lugo.", "2024-05-02", {}),
    ("El documental muestra la vida diaria en un centro de detención de menores de Rosario.", "2024-05-02", {}),
    # una huelga declarada ilegal es una prohibición
    ("Un juez de Arequipa declaró ilegal la huelga de los mineros el lunes.", "2024-05-07",
     {"restriction": {"location": "Arequipa"}}),
    # lo que se detiene solo no es un arresto ("se detuvo a tres personas" sí lo es); unas obras que marchan
    # bien no marchan por la calle; una reunión de coches clásicos no es una protesta
    ("Si la fábrica de Arica se detuviera un mes, el puerto perdería la mitad de su carga.", "2024-05-07", {}),
    ("El lunes se detuvo a tres manifestantes frente al ayuntamiento de Cuenca.", "2024-05-07",
     {"arrest": {"location": "Cuenca"}}),
    ("Se detuvo ayer a dos sindicalistas frente a la fábrica de Cuenca.", "2024-05-07",
     {"arrest": {"location": "Cuenca"}}),
    ("Las obras del nuevo muelle de Vigo marchan a buen ritmo, dijo el lunes el alcalde.", "2024-05-07", {}),
    ("Miles de mineros marcharon sobre Oruro el lunes.", "2024-05-07", {"protest": {"location": "Oruro"}}),
    ("La concentración de clásicos de Lugo reunió el domingo a cuarenta coches.", "2024-05-07", {}),
    # un pago que reparte una carga no es un acto de solidaridad con una lucha
    ("La ley crea un suplemento solidario para los jubilados de Montevideo.", "2024-05-07", {}),
    # en una pandilla, un "paro" es un grado, no una huelga; los bloqueos que la policía despeja, sí
    ("La policía capturó en Mixco a tres pandilleros por extorsión. Entre los capturados hay un joven con rango "
     "de paro en la clica.", "2024-05-07", {}),
    ("Las fuerzas policiales despejaron los bloqueos en Chuquicamata el lunes.", "2024-05-07",
     {"repression": {"location": "Chuquicamata"}}),
    # lo que se detiene sin "a" es una cosa que para; un partido "bajo protesta", la marcha atlética y el cierre
    # ordenado por un regulador no son nuestros hechos; un simulacro desaloja sin fuerza
    ("El teleférico de La Paz detuvo momentáneamente su operación el lunes.", "2024-05-07", {}),
    ("El partido en Caracas fue jugado bajo protesta por los Tigres el lunes.", "2024-05-07", {}),
    ("El ministerio ordenó la paralización de la mina de Oruro el lunes.", "2024-05-07", {}),
    ("Dos marchistas de Cuenca ganaron el domingo la medalla de oro en la prueba de marcha de Lima.", "2024-05-07", {}),
    ("En el simulacro del lunes, los trabajadores fueron desalojados de la planta de Monterrey en grupos.",
     "2024-05-07", {}),
    # un acuerdo o una concesión en presente de subjuntivo se espera, no se cuenta; en imperfecto puede contar
    # un hecho
    ("El diálogo sigue abierto en Vigo hasta que se alcance un acuerdo sobre los salarios.", "2024-05-07", {}),
    ("Tras que la policía detuviera a veinte huelguistas en Vigo, el paro siguió el lunes.", "2024-05-07",
     {"arrest": {"arrests": 20}, "strike": {"location": "Vigo"}}),
    # cosechas arrojadas frente a un edificio
    ("Los productores arrojaron toneladas de papas frente al Ministerio de Agricultura en Lima el lunes.", "2024-05-07",
     {"protest": {"location": "Lima"}}),
    # los daños que hace una multitud a comercios y edificios públicos son un disturbio; los de un incendio, no
    ("El viernes, jóvenes manifestantes quemaron tres patrullas en Duitama.", "2024-05-10",
     {"riot": {"location": "Duitama", "date_start": "2024-05-10"}}),
    ("El jueves, un grupo de manifestantes apedreó la sede de la gobernación en Tunja.", "2024-05-10",
     {"riot": {"location": "Tunja"}}),
    ("Un incendio quemó varios comercios en Tunja el lunes.", "2024-05-10", {}),
    # un participio con su agente cuenta el hecho, aunque el modelo lo etiquete como adjetivo
    ("El lunes ya había más de mil personas arrestadas por la Policía en Quito durante las protestas.", "2024-05-10",
     {"arrest": {"arrests": 1000}, "protest": {"location": "Quito"}}),
    ("El lunes ya había más de mil personas detenidas por la Policía en Quito durante las protestas.", "2024-05-10",
     {"arrest": {"arrests": 1000}, "protest": {"location": "Quito"}}),
    # sin la "a" personal se detienen vehículos o se capturan territorios; una cifra de personas sí se captura; un
    # huracán detenido no está preso; los enfrentamientos militares no son disturbios (regla 10)
    ("El lunes la policía detuvo dos vehículos en Tijuana.", "2024-05-10", {}),
    ("Los sasánidas capturaron territorios romanos en el siglo VII.", "2024-05-10", {}),
    ("El martes, agentes de la policía capturaron cerca de 45 obreros textiles en Cochabamba.", "2024-05-10",
     {"arrest": {"location": "Cochabamba"}}),
    ("El huracán quedó detenido el lunes frente a las costas de Veracruz.", "2024-05-10", {}),
    ("Los enfrentamientos armados entre los dos ejércitos duraron tres días en la frontera.", "2024-05-10", {}),
    # donar sangre es ayuda, no solidaridad con un movimiento
    ("El lunes, cientos de madrileños solidarios hicieron fila para donar sangre en el hospital de La Paz.", "2024-05-10", {}),
    # el año de una fecha no cuenta una multitud
    ("Potosí, 14 de marzo del 2015.- Los agentes arrojaron gases lacrimógenos contra los obreros huelguistas de la "
     "mina.", "2015-03-14", {"repression": {"participants": None}}),
    # una marcha que termina en enfrentamientos o deriva en disturbios es un solo disturbio (regla 6)
    ("El martes en Cusco, la marcha de los maestros terminó en enfrentamientos con la policía.", "2024-05-10",
     {"riot": {"location": "Cusco"}}),
    ("El martes en Cusco, la protesta de los maestros derivó en disturbios.", "2024-05-10", {"riot": {"location": "Cusco"}}),
    # "hace tres días" es un día, no una duración; los días con nombre
    ("Hace tres días, 300 obreros marcharon en Sevilla.", "2024-05-10",
     {"protest": {"date_start": "2024-05-07", "date_end": "2024-05-07"}}),
    ("La policía detuvo a 40 manifestantes en Nochevieja en Sevilla.", "2020-01-03", {"arrest": {"date_start": "2019-12-31"}}),
]

# Never used to tune the rules: scored against a floor.
HELD_OUT = [
    ("Los trabajadores de la fábrica textil de Puebla pararon la producción el jueves.", "2022-09-10",
     {"strike": {"date_start": "2022-09-08", "country": "MX"}}),
    ("Decenas de estudiantes ocuparon la sede de la universidad en Asunción.", "2022-09-10",
     {"protest": {"country": "PY"}}),
    ("Carabineros dispersaron a los manifestantes con carros lanzaaguas en Concepción.", "2019-11-01",
     {"repression": {"country": "CL"}}),
    ("El presidente anunció que no habrá toque de queda.", "2020-03-20", {}),
]
