package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, found from its own request mappings, called by every role
 * on its own office, a subordinate, a superior and an unrelated office, and anonymously, against
 * the explicit table below. An endpoint missing from the table fails the build.
 *
 * <p>Cells: the relations where the role is let in ({@code o} own office, {@code s} subordinate,
 * {@code p} superior, {@code u} unrelated; {@code -} nowhere). For endpoints that name no office
 * the relation does not matter. The last column is anonymous: {@code y} or {@code -}.
 * Roles are held at the Bogura district office; the system administrator at the Cabinet Division.
 */
@IntegrationTest
class AccessMatrixTests {

    private static final String TABLE = """
            endpoint                                                      SA    OA    TH    MS    TM    RV    AU    anon
            GET  /                                                        ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /error                                                   ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /login                                                   ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /offices                                                 ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /offices/{id}                                            ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /api/v1/offices                                          ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /api/v1/offices/{id}                                     ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /api/v1/calendar/bangla                                  ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /api/v1/calendar/gregorian                               ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /corner/{id}                                             ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /corner/{id}/orders/{orderId}.pdf                        ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /corner/{id}/minutes/{minutesId}.pdf                     ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /api/v1/open-data/figures                                ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /api/v1/open-data/figures.csv                            ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /tasks                                                   ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /account                                                 ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /account/password                                        ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            POST /account/password                                        ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            POST /account/tokens                                          ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            POST /account/tokens/{tokenId}/revoke                         ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /account/notifications                                   ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            POST /account/notifications/{notificationId}/read             ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            POST /account/notifications/read-all                          ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /account/notifications/preferences                       ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            POST /account/notifications/preferences                       ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /api/v1/me                                               ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /initiatives/search                                      ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /api/v1/initiatives/search                               ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /initiatives/{initiativeId}/adopt                        ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            POST /initiatives/{initiativeId}/adopt                        ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /offices/{officeId}/users                                ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/users                                ospu  os    -     -     -     -     -     -
            POST /offices/{officeId}/users/{accountId}/roles              ospu  os    -     -     -     -     -     -
            POST /offices/{officeId}/users/{accountId}/roles/revoke       ospu  os    -     -     -     -     -     -
            POST /offices/{officeId}/users/{accountId}/password-reset     ospu  os    -     -     -     -     -     -
            GET  /offices/{officeId}/edit                                 ospu  o     -     -     -     -     -     -
            POST /offices/{officeId}/edit                                 ospu  o     -     -     -     -     -     -
            GET  /offices/{officeId}/new                                  ospu  o     -     -     -     -     -     -
            POST /offices/{officeId}/new                                  ospu  o     -     -     -     -     -     -
            GET  /offices/{officeId}/import                               ospu  o     -     -     -     -     -     -
            POST /offices/{officeId}/import                               ospu  o     -     -     -     -     -     -
            POST /offices/{officeId}/import/confirm                       ospu  o     -     -     -     -     -     -
            GET  /offices/{officeId}/audit                                ospu  os    -     -     -     -     os    -
            GET  /offices/{officeId}/audit/{recordType}/{recordId}        ospu  os    -     -     -     -     os    -
            GET  /api/v1/audit/verify                                     ospu  -     -     -     -     -     -     -
            POST /api/v1/offices/{officeId}/children                      ospu  o     -     -     -     -     -     -
            PUT  /api/v1/offices/{officeId}                               ospu  o     -     -     -     -     -     -
            GET  /offices/{officeId}/team                                 ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/team/orders/{orderId}.pdf            ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/team/orders/{orderId}.docx           ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/team/draft                           ospu  os    os    os    -     -     -     -
            POST /offices/{officeId}/team/draft                           ospu  os    os    os    -     -     -     -
            POST /offices/{officeId}/team/draft/check                     ospu  os    os    os    -     -     -     -
            POST /offices/{officeId}/team/draft/discard                   ospu  os    os    os    -     -     -     -
            GET  /offices/{officeId}/team/issue                           ospu  os    -     -     -     -     -     -
            POST /offices/{officeId}/team/issue                           ospu  os    -     -     -     -     -     -
            POST /offices/{officeId}/team/issue/file                      ospu  os    -     -     -     -     -     -
            POST /offices/{officeId}/team/issue/preview                   ospu  os    -     -     -     -     -     -
            POST /offices/{officeId}/team/orders/{orderId}/informed       ospu  os    os    os    -     -     -     -
            POST /offices/{officeId}/team/subcommittees                   ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/team/subcommittees/{subCommitteeId}/dissolve ospu  o     o     o     -     -     -     -
            GET  /notifications                                           ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /notifications/{notificationId}                          ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /notifications/new                                       ospu  -     -     -     -     -     -     -
            POST /supervision/rebuild                                     ospu  -     -     -     -     -     -     -
            GET  /api/v1/storage/database-bytes                           ospu  -     -     -     -     -     -     -
            POST /api/v1/storage/database-bytes/move                      ospu  -     -     -     -     -     -     -
            POST /notifications/new                                       ospu  -     -     -     -     -     -     -
            GET  /notifications/{notificationId}/edit                     ospu  -     -     -     -     -     -     -
            POST /notifications/{notificationId}/edit                     ospu  -     -     -     -     -     -     -
            GET  /notifications/{notificationId}/levels/{level}           ospu  -     -     -     -     -     -     -
            POST /notifications/{notificationId}/levels/{level}           ospu  -     -     -     -     -     -     -
            POST /notifications/{notificationId}/levels/{level}/delete    ospu  -     -     -     -     -     -     -
            GET  /plan-templates                                          ospu  -     -     -     -     -     -     -
            GET  /plan-templates/new                                      ospu  -     -     -     -     -     -     -
            POST /plan-templates/new                                      ospu  -     -     -     -     -     -     -
            GET  /plan-templates/import                                   ospu  -     -     -     -     -     -     -
            POST /plan-templates/import                                   ospu  -     -     -     -     -     -     -
            GET  /plan-templates/import/template.csv                      ospu  -     -     -     -     -     -     -
            GET  /plan-templates/{versionId}                              ospu  -     -     -     -     -     -     -
            GET  /plan-templates/{versionId}/edit                         ospu  -     -     -     -     -     -     -
            POST /plan-templates/{versionId}/edit                         ospu  -     -     -     -     -     -     -
            POST /plan-templates/{versionId}/publish                      ospu  -     -     -     -     -     -     -
            GET  /offices/{officeId}/plan-template                        ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/plan-template                 ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/supervision                          ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/supervision.csv                      ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/supervision.xlsx                     ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/plan-reports                         ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/plan-reports.csv                     ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/plan-reports.xlsx                    ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/plan-reports                  ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/plans/{year}                  ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/plans/{year}/progress/{quarter} ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/plans/{year}/reports/{quarter} ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/plans/{year}/progress/{quarter}      ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/plans/{year}/progress/{quarter}      ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/plans/{year}/progress/{quarter}/evidence/{evidenceId} ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/plans                                ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/plans                                ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/plans/{year}                         ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/plans/{year}/edit                    ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/plans/{year}/edit                    ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/plans/{year}/revise                  ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/plans/{year}/revise                  ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/plans/{year}/reports/{quarter}       ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/plans/{year}/reports/{quarter}       ospu  o     o     -     -     -     -     -
            GET  /offices/{officeId}/plan-reports/{reportId}              ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/plan-reports/{reportId}              ospu  o     o     -     -     -     -     -
            GET  /offices/{officeId}/inbox                                ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/inbox/expected                       ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/inbox/{itemId}.pdf                   ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/inbox/{itemId}/acknowledge           ospu  o     o     o     -     -     -     -
            GET  /plan-deadlines                                          ospu  -     -     -     -     -     -     -
            POST /plan-deadlines                                          ospu  -     -     -     -     -     -     -
            GET  /reminder-policy                                         ospu  -     -     -     -     -     -     -
            POST /reminder-policy                                         ospu  -     -     -     -     -     -     -
            GET  /offices/{officeId}/initiatives/roll-up                  ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/initiatives/roll-up.csv              ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/initiatives/roll-up.xlsx             ospu  os    os    os    os    os    os    -
            GET  /initiatives/roll-up                                     ospu  -     -     -     -     -     -     -
            GET  /api/v1/offices/{officeId}/initiatives                   ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/initiatives/{id}              ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/initiatives/roll-up           ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/plans/{year}/approve                 ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/plans/{year}/approve                 ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/plans/{year}/issue                   ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/plans/{year}/issue                   ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/plans/{year}/issue/preview           ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/plans/{year}/issue/file              ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/plans/{year}/versions/{version}.pdf  ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/plans/{year}/versions/{version}.docx ospu  os    os    os    os    os    os    -
            GET  /corner/{officeId}/plans/{year}/versions/{version}.pdf   ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /corner/{officeId}/plans/{year}/versions/{version}.docx  ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /offices/{officeId}/reports                              ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/reports/{year}/draft                 ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/reports/{year}                       ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/reports/{year}/sections/{key}        ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/reports/{year}/redraft               ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/reports/{year}/approve               ospu  o     o     -     -     -     -     -
            POST /offices/{officeId}/reports/{year}/reopen                ospu  o     o     -     -     -     -     -
            GET  /offices/{officeId}/reports/{year}/issue                 ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/reports/{year}/issue                 ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/reports/{year}/issue/preview         ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/reports/{year}/issue/file            ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/reports/{year}/report.pdf            ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/reports/{year}/report.docx           ospu  os    os    os    os    os    os    -
            GET  /corner/{officeId}/reports/{year}/report.pdf             ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /corner/{officeId}/reports/{year}/report.docx            ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /offices/{officeId}/showcases                                 ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/showcases/new                             ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/new                             ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/showcases/{showcaseId}                    ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/showcases/{showcaseId}/edit               ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/edit               ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/criteria           ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/entries            ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/entries/{entryId}/withdraw ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/judges             ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/judges/{judgeId}/remove ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/scoring            ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/selection          ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/showcases/{showcaseId}/score              ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            POST /offices/{officeId}/showcases/{showcaseId}/score              ospu  ospu  ospu  ospu  ospu  ospu  ospu  -
            GET  /offices/{officeId}/showcases/{showcaseId}/publish            ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/publish            ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/publish/preview    ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/showcases/{showcaseId}/publish/file       ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/showcases/{showcaseId}/result.pdf         ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/showcases/{showcaseId}/result.docx        ospu  os    os    os    os    os    os    -
            GET  /corner/{officeId}/showcases/{showcaseId}/result.pdf          ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /corner/{officeId}/showcases/{showcaseId}/result.docx         ospu  ospu  ospu  ospu  ospu  ospu  ospu  y
            GET  /offices/{officeId}/initiatives/{initiativeId}/showcases      ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/portal                               ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/portal/edit                          ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/portal/edit                          ospu  o     o     o     -     -     -     -
            GET  /portal-checklist                                        ospu  -     -     -     -     -     -     -
            POST /portal-checklist                                        ospu  -     -     -     -     -     -     -
            POST /portal-checklist/{itemId}/retire                        ospu  -     -     -     -     -     -     -
            GET  /offices/{officeId}/trainings                            ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/trainings/new                        ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/trainings/new                        ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/trainings/{trainingId}               ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/trainings/{trainingId}/edit          ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/trainings/{trainingId}/edit          ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/trainings/{trainingId}/evidence/{evidenceId} ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/services                             ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/services.csv                         ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/services.xlsx                        ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/services/new                         ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/services/new                         ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/services/{serviceId}                 ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/services/{serviceId}/edit            ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/services/{serviceId}/edit            ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/services/{serviceId}/check           ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/initiatives/{initiativeId}/visits    ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/initiatives/{initiativeId}/visits    ospu  os    os    os    -     -     -     -
            GET  /offices/{officeId}/initiatives/{initiativeId}/visits/{visitId}/evidence/{evidenceId} ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/compliance                           ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/compliance.csv                       ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/compliance.xlsx                      ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/decisions                            ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/decisions/assigned                   ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/decisions/scope                      ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/decisions.csv                        ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/decisions.xlsx                       ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/decisions/{decisionId}               ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/decisions/{decisionId}/evidence/{evidenceId} ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/decisions/{decisionId}/status        ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/decisions/{decisionId}/progress      ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/decisions/{decisionId}/owners        ospu  o     o     o     -     -     -     -
            GET  /api/v1/offices/{officeId}/decisions                     ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/decisions/assigned            ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/decisions/scope               ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/decisions/carried             ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/decisions/meetings/{meetingId} ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/decisions/{decisionId}        ospu  os    os    os    os    os    os    -
            POST /api/v1/offices/{officeId}/decisions/{decisionId}/status ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/decisions/{decisionId}/progress ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/initiatives                          ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/initiatives/new                      ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/initiatives/new                      ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/initiatives/{initiativeId}           ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/initiatives/{initiativeId}/edit      ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/initiatives/{initiativeId}/edit      ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/initiatives/{initiativeId}/evidence/{fileId} ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/initiatives/{initiativeId}/stage     ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/initiatives/{initiativeId}/scale-up  ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/initiatives/{initiativeId}/comments  ospu  -     os    -     os    os    -     -
            GET  /offices/{officeId}/initiatives/{initiativeId}/tcv       ospu  os    os    os    os    os    os    -
            POST /offices/{officeId}/initiatives/{initiativeId}/tcv       ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/people                               ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/people/posts/{postId}                ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/people/officers/{officerId}          ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/people/posts/new                     ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/posts/new                     ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/people/posts/{postId}/edit           ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/posts/{postId}/edit           ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/posts/{postId}/assign         ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/posts/{postId}/vacate         ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/people/officers/new                  ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/officers/new                  ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/people/officers/{officerId}/edit     ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/officers/{officerId}/edit     ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/officers/{officerId}/transfer ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/people/import                        ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/people/import/template.csv           ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/import                        ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/people/import/confirm                ospu  o     o     o     -     -     -     -
            GET  /api/v1/offices/{officeId}/posts                         ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/posts/{postId}                ospu  os    os    os    os    os    os    -
            POST /api/v1/offices/{officeId}/posts                         ospu  o     o     o     -     -     -     -
            PUT  /api/v1/offices/{officeId}/posts/{postId}                ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/posts/{postId}/holder         ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/posts/{postId}/vacate         ospu  o     o     o     -     -     -     -
            GET  /api/v1/offices/{officeId}/officers                      ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/officers/{officerId}          ospu  os    os    os    os    os    os    -
            POST /api/v1/offices/{officeId}/officers                      ospu  o     o     o     -     -     -     -
            PUT  /api/v1/offices/{officeId}/officers/{officerId}          ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/officers/{officerId}/transfer ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/officers/import               ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/meetings                              ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/new                          ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/new                          ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/meetings/{meetingId}                  ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/edit             ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/edit             ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/cancel                 ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/meetings/{meetingId}/attachments/{attachmentId} ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/notice           ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/notice           ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/notice/file      ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/notice/preview   ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/meetings/{meetingId}/notice/revision  ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/notice/revision  ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/notice/revision/file ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/notice/revision/preview ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/meetings/{meetingId}/notice/revisions/{revisionId}.pdf ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/notice/revisions/{revisionId}.docx ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/notice.pdf       ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/notice.docx      ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/attendance       ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/attendance       ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/meetings/{meetingId}/attendance.pdf   ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/minutes          ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/minutes/edit     ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/edit     ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/circulate ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/comment   ospu  o     os    o     os    os    -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/approve   ospu  o     o     -     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/correct   ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/cabinet   ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue     ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue     ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue/file ospu  o     o     o     -     -     -     -
            POST /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue/preview ospu  o     o     o     -     -     -     -
            GET  /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}.pdf       ospu  os    os    os    os    os    os    -
            GET  /offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}.docx      ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/meetings                       ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/meetings/schedule              ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/meetings/{meetingId}           ospu  os    os    os    os    os    os    -
            POST /api/v1/offices/{officeId}/meetings                       ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/meetings/{meetingId}/attendance ospu  o     o     o     -     -     -     -
            GET  /api/v1/offices/{officeId}/meetings/{meetingId}/minutes   ospu  os    os    os    os    os    os    -
            GET  /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/standing ospu  os    os    os    os    os    os    -
            PUT  /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/draft ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/circulate ospu  o     o     o     -     -     -     -
            GET  /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/comments ospu  os    os    os    os    os    os    -
            POST /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/comments ospu  o     os    o     os    os    -     -
            POST /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/approve ospu  o     o     -     -     -     -     -
            POST /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/corrections ospu  o     o     o     -     -     -     -
            POST /api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/sent-to-cabinet ospu  o     o     o     -     -     -     -
            """;

    private static final List<Role> ROLES = List.of(Role.SYSTEM_ADMIN, Role.OFFICE_ADMIN, Role.TEAM_HEAD,
            Role.MEMBER_SECRETARY, Role.TEAM_MEMBER, Role.REVIEWER, Role.AUDITOR);
    private static final String RELATIONS = "ospu";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Expectation(Map<Role, String> allowedWhere, boolean anonymous) {
    }

    @Test
    void everyEndpointLetsInExactlyWhomTheTableSays() {
        Map<String, Expectation> table = parseTable();
        List<String> endpoints = endpoints();
        assertThat(new TreeSet<>(table.keySet()))
                .as("every endpoint needs a row in the table, and every row an endpoint")
                .isEqualTo(new TreeSet<>(endpoints));

        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        Map<Character, Long> targets = Map.of(
                'o', bogura,
                's', accounts.upazila(bogura, "Sherpur"),
                'p', accounts.office(OfficeLevel.DIVISION, "Rajshahi"),
                'u', accounts.office(OfficeLevel.DISTRICT, "Dinajpur"));
        Map<Long, Long> victims = new LinkedHashMap<>();
        targets.forEach((relation, office) -> victims.put(office, accounts.create("victim-" + relation, Role.TEAM_MEMBER, office)));

        Map<Role, Browsing> users = new EnumMap<>(Role.class);
        for (Role role : ROLES) {
            long office = role == Role.SYSTEM_ADMIN ? accounts.cabinetDivision() : bogura;
            accounts.create("matrix-" + role.name().toLowerCase().replace('_', '-'), role, office);
            var user = new Browsing(port);
            user.signIn("matrix-" + role.name().toLowerCase().replace('_', '-'), TestAccounts.PASSWORD);
            user.get("/account"); // a page with forms: the session's CSRF token
            users.put(role, user);
        }

        List<String> mismatches = new ArrayList<>();
        for (String endpoint : endpoints) {
            Expectation expected = table.get(endpoint);
            for (char relation : RELATIONS.toCharArray()) {
                long office = targets.get(relation);
                for (Role role : ROLES) {
                    victims.forEach((o, victim) -> accounts.grant(victim, Role.TEAM_MEMBER, o));
                    int status = call(users.get(role), endpoint, office, victims.get(office));
                    check(mismatches, endpoint, role.name(), relation, status, expected.allowedWhere().get(role).indexOf(relation) >= 0);
                }
                int anonymous = call(new Browsing(port), endpoint, office, victims.get(office));
                check(mismatches, endpoint, "anonymous", relation, anonymous, expected.anonymous());
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static void check(List<String> mismatches, String endpoint, String who, char relation, int status,
                              boolean allowed) {
        boolean refused = status == 401 || status == 403 || status == -302;
        if (status >= 500 || allowed == refused) {
            mismatches.add("%s as %s on %s office: %d, expected %s".formatted(endpoint, who,
                    switch (relation) { case 'o' -> "own"; case 's' -> "a subordinate"; case 'p' -> "a superior"; default -> "an unrelated"; },
                    status, allowed ? "allowed" : "refused"));
        }
    }

    /** The status, or -302 for a redirect to the sign-in page. */
    private int call(Browsing user, String endpoint, long office, long victim) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{officeId}", Long.toString(office)).replace("{id}", Long.toString(office))
                .replace("{accountId}", Long.toString(victim)).replace("{tokenId}", "999999").replace("{orderId}", "999999")
                .replace("{recordType}", "account").replace("{recordId}", Long.toString(victim))
                .replace("{postId}", "999999").replace("{decisionId}", "999999").replace("{meetingId}", "999999").replace("{minutesId}", "999999")
                .replace("{revisionId}", "999999").replace("{trainingId}", "999999")
                // no such checklist item (issue 16, point 3): a 404 for those let in
                .replace("{itemId}", "999999")
                // no such service or visit (issue 15): a 404 for those let in, and nothing changes
                .replace("{serviceId}", "999999").replace("{visitId}", "999999")
                .replace("{evidenceId}", "999999").replace("{subCommitteeId}", "999999").replace("{attachmentId}", "999999").replace("{officerId}", "999999")
                // no such notification: refused before it is looked up, a 404 for those let in, and nothing changes
                .replace("{notificationId}", "999999").replace("{level}", "UPAZILA")
                // no such template version: a 404 for those let in
                .replace("{versionId}", "999999")
                // no such initiative (nor evidence file): a 404 for those let in
                .replace("{initiativeId}", "999999").replace("{fileId}", "999999")
                // no such showcase, entry or judge: a 404 for those let in (a judge's page: anyone signed in)
                .replace("{showcaseId}", "999999").replace("{entryId}", "999999").replace("{judgeId}", "999999")
                // a plan's quarter and version (no plan: a page saying so, a submission refused with 400, a 404 for a
                // version, to those let in); no such report: 404
                .replace("{year}", "2023-24").replace("{version}", "1").replace("{quarter}", "1").replace("{reportId}", "999999")
                .replace("{itemId}", "999999")
                // an annual report's section (issue 16, point 1): no report, or not that section: a 404 for those let in
                .replace("{key}", "decisions");
        if (path.startsWith("/api/v1/calendar/bangla")) {
            path += "?date=2025-11-06";
        } else if (path.startsWith("/api/v1/calendar/gregorian")) {
            path += "?year=1432&month=7&day=21";
        }
        Browsing.Page page;
        if (method.equals("GET")) {
            page = user.get(path);
        } else if (path.startsWith("/api/")) {
            page = user.json(method, path, "{}");
        } else {
            Map<String, String> form = path.endsWith("/roles") || path.endsWith("/revoke") && path.contains("/roles/")
                    ? Map.of("role", "TEAM_MEMBER") : path.endsWith("/tokens") ? Map.of("name", "matrix") : Map.of();
            page = user.post(path, form);
        }
        return page.status() == 302 && page.location() != null && page.location().contains("/login") ? -302 : page.status();
    }

    /** METHOD path of every handler of ours, from the application's own mappings. */
    private List<String> endpoints() {
        var found = new ArrayList<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getName().startsWith("bd.udbhabon.")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    found.add("GET " + pattern); // mapped for every method, like /error
                }
                for (RequestMethod m : methods) {
                    found.add(m.name() + " " + pattern);
                }
            }
        });
        return found;
    }

    private static Map<String, Expectation> parseTable() {
        var table = new LinkedHashMap<String, Expectation>();
        for (String line : TABLE.strip().lines().skip(1).toList()) {
            String[] cells = line.strip().split("\\s+");
            var allowed = new EnumMap<Role, String>(Role.class);
            for (int i = 0; i < ROLES.size(); i++) {
                allowed.put(ROLES.get(i), cells[2 + i]);
            }
            table.put(cells[0] + " " + cells[1], new Expectation(allowed, cells[2 + ROLES.size()].equals("y")));
        }
        return table;
    }
}
