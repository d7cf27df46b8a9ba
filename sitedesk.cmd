@echo off
rem SiteDesk launcher for Windows: the window with no subcommand, the command line with one.
setlocal
set "HERE=%~dp0"
if not exist "%HERE%target\sitedesk.jar" (
  echo sitedesk: building with Maven, the first build takes a few minutes... 1>&2
  call mvn -B -q -f "%HERE%pom.xml" -DskipTests package || exit /b 1
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "OPTIONS="
for /f "usebackq eol=# tokens=*" %%o in ("%HERE%installer\jvm.options") do call set "OPTIONS=%%OPTIONS%% %%o"
"%JAVA%" %OPTIONS% %SITEDESK_JAVA_OPTIONS% -jar "%HERE%target\sitedesk.jar" %*
